package org.synplast.dsl.tests.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synplast.dsl.parser.NestingLimitedParser;
import org.synplast.dsl.parser.NestingSyntaxErrorMessageProvider;
import org.synplast.dsl.synPlast.Model;
import org.synplast.dsl.tests.SynPlastInjectorProvider;

import com.google.inject.Inject;

/** Nesting beyond the parser's limit is a syntax error with its own message, not a stack overflow. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class NestingLimitTest {

	@Inject
	private ParseHelper<Model> parser;

	private Resource parse(String text) throws Exception {
		return parser.parse(text).eResource();
	}

	@Test
	void nestingWithinTheLimitParses() throws Exception {
		int depth = NestingLimitedParser.MAX_DEPTH - 2;
		Resource r = parse("synapse S { tau_ca = " + "(".repeat(depth) + "12 ms" + ")".repeat(depth) + " }");
		assertEquals(0, r.getErrors().size(), () -> r.getErrors().toString());
	}

	@Test
	void deeperNestingIsReportedAsASyntaxError() throws Exception {
		for (String text : new String[] { "synapse S { tau_ca = " + "(".repeat(20000) + "12 ms" + ")".repeat(20000) + " }",
				"synapse S { tau_ca = " + "-".repeat(20000) + "12 ms }",
				"protocol P { " + "induction { ".repeat(5000) + "dt = 1 ms" + " }".repeat(5000) + " }" }) {
			Resource r = parse(text);
			assertTrue(r.getErrors().stream().anyMatch(d -> d instanceof AbstractDiagnostic x
					&& NestingSyntaxErrorMessageProvider.NESTING_TOO_DEEP.equals(x.getCode())),
					() -> r.getErrors().toString());
		}
	}
}
