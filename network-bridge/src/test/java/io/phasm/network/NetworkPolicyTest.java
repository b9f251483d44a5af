package io.phasm.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sandbox policy: safe defaults, explicit openings, names only as resolved. */
class NetworkPolicyTest {
    private static boolean allowed(NetworkPolicy policy, String address, int port, String... names) throws Exception {
        return policy.check(InetAddress.getByName(address), port, List.of(names)).allowed();
    }

    @Test
    void byDefaultThePublicInternetIsOpenAndTheHostAndLanAreNot() throws Exception {
        NetworkPolicy p = NetworkPolicy.publicOnly();
        assertTrue(allowed(p, "93.184.216.34", 443));
        assertTrue(allowed(p, "2606:2800:220:1:248:1893:25c8:1946", 80));
        for (String closed : List.of("127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fd00::1", "fe80::1")) {
            assertFalse(allowed(p, closed, 80), closed);
        }
        assertTrue(allowed(p, "172.32.0.1", 80), "just outside 172.16.0.0/12");
        assertEquals("deny 169.254.0.0/16", p.check(InetAddress.getByName("169.254.169.254"), 80, List.of()).rule().toString());
    }

    @Test
    void anExplicitAllowOpensExactlyThatDestination() throws Exception {
        NetworkPolicy p = new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:3306"), Rule.allow("10.0.0.0/24")));
        assertTrue(allowed(p, "127.0.0.1", 3306));
        assertFalse(allowed(p, "127.0.0.1", 22));
        assertTrue(allowed(p, "10.0.0.77", 5432));
        assertFalse(allowed(p, "10.0.1.1", 5432));
    }

    @Test
    void denyRulesWinAndNamesMatchOnlyWhatTheyResolvedTo() throws Exception {
        NetworkPolicy p = new NetworkPolicy(List.of(Rule.deny("*.tracker.example")), List.of(Rule.allow("db.internal:3306")));
        assertFalse(allowed(p, "93.184.216.34", 443, "ads.tracker.example"));
        assertTrue(allowed(p, "93.184.216.34", 443, "www.example.org"));
        assertTrue(allowed(p, "10.9.8.7", 3306, "db.internal"));
        // The same private address without the name having been resolved to it stays closed.
        assertFalse(allowed(p, "10.9.8.7", 3306));
    }

    @Test
    void badRulesAreRejectedWithTheirText() {
        for (String bad : List.of("", "10.0.0.0/33", "host:70000", "[::1", "bad name!", "*.*.example")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rule.allow(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }
}
