package io.phasm.asyncify.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameListTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheHeaderSortsNamesAndMatchesWildcards() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "# the list\n# of names\n\nzeta\nenv.invoke_*  # all trampolines\nalpha\n");
        NameList list = NameList.read(file);
        assertEquals(List.of("alpha", "env.invoke_*", "zeta"), List.copyOf(list.entries()));
        assertTrue(list.matches("env.invoke_vii"));
        assertTrue(list.matches("alpha"));
        assertFalse(list.matches("env.invoke"), "the wildcard needs its prefix and at least the literal part");
        assertFalse(list.matches("alphabet"));

        assertEquals(List.of("beta", "omega"), list.addMissing(List.of("omega", "env.invoke_ii", "beta", "alpha")));
        list.write(file);
        assertEquals("# the list\n# of names\n\nalpha\nbeta\nenv.invoke_*\nomega\nzeta\n", Files.readString(file));
        assertEquals("alpha,beta,env.invoke_*,omega,zeta", NameList.read(file).asResponseFile());
    }
}
