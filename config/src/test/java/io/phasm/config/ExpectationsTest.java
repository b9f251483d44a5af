package io.phasm.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    /** A key without one would turn a user's mistake into an internal error. */
    @Test
    void everyKeyHasOne() {
        ObjectNode tree = Defaults.tree();
        ((ObjectNode) tree.get("site")).put("docroot", "/");
        Defaults.complete(tree, new Origins(new Origins.Origin("test", Path.of("/"), 0)));
        List<String> keys = new ArrayList<>(List.of("site.docroot", "site.index[0]", "php.ini.date.timezone",
                "php.mounts[0]", "php.mounts[0].host", "php.mounts[0].path", "php.mounts[0].readOnly"));
        collect(tree, "", keys);
        for (String key : keys) {
            assertDoesNotThrow(() -> Expectations.of(key), key);
        }
    }

    private static void collect(JsonNode node, String key, List<String> keys) {
        node.properties().forEach(entry -> {
            String child = key.isEmpty() ? entry.getKey() : key + "." + entry.getKey();
            keys.add(child);
            collect(entry.getValue(), child, keys);
        });
    }
}
