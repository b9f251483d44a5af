package io.phasm.network.policy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Where PHP may connect. Checked on the address actually connected to (after resolution), so a
 * name that re-resolves to a private address (DNS rebinding) is still refused.
 *
 * Order: the site's deny rules, then its allow rules, then the built-in denials (loopback,
 * private, link-local with the cloud metadata address, carrier-grade NAT, unspecified,
 * multicast, IPv6 unique-local and link-local), then everything else (the public internet) is
 * allowed. IPv4-mapped IPv6 addresses need no rule of their own: Java reads them as IPv4. So "allow 127.0.0.1:3306" opens the local database and nothing else of the host.
 */
public final class NetworkPolicy {
    static final List<Rule> BUILT_IN_DENIALS = List.of(
            Rule.deny("0.0.0.0/8"), Rule.deny("127.0.0.0/8"), Rule.deny("10.0.0.0/8"), Rule.deny("172.16.0.0/12"),
            Rule.deny("192.168.0.0/16"), Rule.deny("169.254.0.0/16"), Rule.deny("100.64.0.0/10"), Rule.deny("224.0.0.0/4"),
            Rule.deny("240.0.0.0/4"), Rule.deny("::/128"), Rule.deny("::1/128"), Rule.deny("fc00::/7"), Rule.deny("fe80::/10"),
            Rule.deny("ff00::/8"));
    private static final Rule PUBLIC = Rule.allow("0.0.0.0/0");

    private final List<Rule> rules;

    /** What was decided and by which rule (for the log line of a refused connection). */
    public record Decision(boolean allowed, Rule rule) {}

    public NetworkPolicy(List<Rule> deny, List<Rule> allow) {
        List<Rule> all = new ArrayList<>(deny);
        all.addAll(allow);
        all.addAll(BUILT_IN_DENIALS);
        this.rules = List.copyOf(all);
    }

    /** The safe default: public internet only. */
    public static NetworkPolicy publicOnly() {
        return new NetworkPolicy(List.of(), List.of());
    }

    /** names: the host names PHP resolved (through the bridge) to this address. */
    public Decision check(InetAddress address, int port, Iterable<String> names) {
        for (Rule rule : rules) {
            if (rule.matches(address, port, names)) {
                return new Decision(rule.allow(), rule);
            }
        }
        return new Decision(true, PUBLIC);
    }
}
