package io.phasm.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.file.Path;
import java.util.List;

/**
 * What is served.
 *
 * @param docroot the directory served, absolute
 * @param index file names tried, in order, for a request naming a directory
 * @param frontController the script (a path starting with /) that requests matching no file go to,
 *     with their query string, as nginx's {@code try_files $uri $uri/ /index.php?$args}; null when disabled
 */
public record SiteConfig(Path docroot, List<String> index,
                         // null is how a YAML file says "none" here (elsewhere it is an error)
                         @JsonSetter(nulls = Nulls.SET) String frontController) {

    public SiteConfig {
        index = List.copyOf(index);
        if (frontController != null && frontController.isEmpty()) {
            frontController = null;
        }
    }
}
