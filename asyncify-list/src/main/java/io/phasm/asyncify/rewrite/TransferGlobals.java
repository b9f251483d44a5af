package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Globals that carry a part's locals in and out when there are too many for arguments: a JVM
 * method with more than about 75 argument slots is refused by C2, and so is any method that calls
 * it. The caller sets them right before the call and the part reads them at once; the part sets
 * them right before it returns and the caller reads them at once. Nothing runs in between, so
 * every part of the module shares one pool, recursion included.
 */
final class TransferGlobals {
    private final ModuleBinary module;
    private final Map<Byte, List<Integer>> byType = new HashMap<>();

    TransferGlobals(ModuleBinary module) {
        this.module = module;
    }

    /** The global for each value: the k-th value of a type travels in that type's k-th global. */
    int[] assign(List<Byte> types) {
        Map<Byte, Integer> seen = new HashMap<>();
        int[] globals = new int[types.size()];
        for (int v = 0; v < types.size(); v++) {
            byte type = types.get(v);
            int k = seen.merge(type, 1, Integer::sum) - 1;
            List<Integer> pool = byType.computeIfAbsent(type, t -> new ArrayList<>());
            while (pool.size() <= k) {
                pool.add(module.addGlobal(type));
            }
            globals[v] = pool.get(k);
        }
        return globals;
    }
}
