package org.synplast.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the product examples: `dsl-examples/` at the repository root, two levels above the test
 * bundle's working directory (bundles/org.synplast.dsl.tests).
 */
public final class ExamplesAccess {

	private ExamplesAccess() {
	}

	public static Path directory() {
		Path cwd = Paths.get("").toAbsolutePath();
		for (Path p = cwd; p != null; p = p.getParent()) {
			Path candidate = p.resolve("dsl-examples");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return cwd.resolve("../../dsl-examples").normalize();
	}

	/** Every .synplast file below dsl-examples/ except those in errors/. */
	public static List<Path> validFiles() throws IOException {
		return files().stream().filter(p -> !directory().relativize(p).toString().startsWith("errors")).toList();
	}

	/** Every .synplast file below dsl-examples/. */
	public static List<Path> files() throws IOException {
		Path dir = directory();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(p -> p.toString().endsWith(".synplast")).sorted().toList();
		}
	}
}
