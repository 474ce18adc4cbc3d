package org.synplast.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synplast.dsl.tests.SynPlastInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter's layout, and idempotence on every example file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SynPlastInjectorProvider.class)
class SynPlastFormatterTest {

	@Inject
	private FormatterTestHelper helper;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void formatsBlocksSettingsAndExpressions() {
		helper.assertFormatted(r -> {
			r.setUseSerializer(false);
			r.setToBeFormatted("package  a.b\nimport \"x.synplast\"  synapse S{tau_ca=12ms gamma_d = 0}"
					+ " membrane M { apical {Ih=0.0002 S/cm2*( -0.8696+2.087*exp( 0.0031 /um*d ))"
					+ " Ca_HVA = 1 S/cm2 if 685 um<d<885 um else 0.1 S/cm2} }"
					+ " connection K:C->C{ U=beta(0.38 ±0.1) synapses=uniform( 4 ,14 ) corr( U,gsyn )=0.9"
					+ " placement.distance=0 um..300um blockers=[ MK801 ,NMDA ] }");
			r.setExpectation("""
					package a.b

					import "x.synplast"

					synapse S {
					    tau_ca = 12 ms
					    gamma_d = 0
					}

					membrane M {
					    apical {
					        Ih = 0.0002 S/cm2 * (-0.8696 + 2.087 * exp(0.0031 /um * d))
					        Ca_HVA = 1 S/cm2 if 685 um < d < 885 um else 0.1 S/cm2
					    }
					}

					connection K : C -> C {
					    U = beta(0.38 ± 0.1)
					    synapses = uniform(4, 14)
					    corr(U, gsyn) = 0.9
					    placement.distance = 0 um .. 300 um
					    blockers = [MK801, NMDA]
					}
					""");
		});
	}

	@Test
	void keepsComments() {
		helper.assertFormatted(r -> {
			r.setUseSerializer(false);
			r.setToBeFormatted("// head\nsynapse S { // why\ntau_ca = 12 ms /* unit! */ }\n");
			r.setExpectation("// head\nsynapse S { // why\n    tau_ca = 12 ms /* unit! */\n}\n");
		});
	}

	private String format(String text, String name) throws Exception {
		XtextResourceSet rs = resourceSets.get();
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("file:/formatter-test/" + name));
		r.load(new StringInputStream(text), null);
		assertTrue(r.getErrors().isEmpty(), () -> name + ": " + r.getErrors());
		ITextRegionAccess access = regionAccess.get().forNodeModel(r).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatter.format(request);
		return access.getRewriter().renderToString(replacements);
	}

	@Test
	void formattingEveryExampleIsIdempotent() throws Exception {
		List<Path> files = org.synplast.dsl.tests.ExamplesAccess.validFiles();
		assertFalse(files.isEmpty());
		for (Path f : files) {
			String once = format(Files.readString(f), f.getFileName().toString());
			String twice = format(once, f.getFileName().toString());
			assertEquals(once, twice, f.toString());
		}
	}
}
