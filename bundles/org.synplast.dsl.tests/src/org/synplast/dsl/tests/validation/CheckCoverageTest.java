package org.synplast.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.validation.SynPlastValidator;

/** Every @Check of the validator has a test that fires it and one that keeps it quiet, named after it. */
class CheckCoverageTest {

	@Test
	void everyCheckHasAFiringAndAQuietTest() {
		Set<String> tests = Arrays.stream(SynPlastValidatorTest.class.getDeclaredMethods()).map(Method::getName)
				.collect(Collectors.toSet());
		List<String> missing = Arrays.stream(SynPlastValidator.class.getDeclaredMethods())
				.filter(m -> m.isAnnotationPresent(Check.class)).map(Method::getName)
				.flatMap(n -> List.of(n + "_fires", n + "_quiet").stream()).filter(n -> !tests.contains(n)).sorted()
				.toList();
		assertEquals(List.of(), missing);
	}
}
