package org.synplast.dsl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.synplast.dsl.ui.SynPlastUi;

/** Find references through Xtext's reference finder, within a file and across an import. */
class ReferencesTest {

	private static final String LIB = """
			package lib
			protocol P {
			}
			experiment Base {
			    protocol = P
			}
			""";

	private static final String USER = """
			package user
			import "lib.synplast"
			import lib.*
			experiment E1 {
			    protocol = P
			}
			experiment E2 extends lib.Base {
			    protocol = lib.P
			}
			""";

	@Test
	void findsTheReferencesInTheDeclaringFileAndInAnImportingFile() throws IOException {
		Path dir = Files.createTempDirectory("synplast-refs");
		Files.writeString(dir.resolve("lib.synplast"), LIB);
		Files.writeString(dir.resolve("user.synplast"), USER);
		XtextResourceSet set = SynPlastUi.injector().getInstance(XtextResourceSet.class);
		XtextResource lib = (XtextResource) set.getResource(URI.createURI(dir.resolve("lib.synplast").toUri().toString()),
				true);
		XtextResource user = (XtextResource) set.getResource(
				URI.createURI(dir.resolve("user.synplast").toUri().toString()), true);

		References.Target p = References.targetAt(SynPlastUi.injector(), lib, LIB.indexOf("P {")).orElseThrow();
		assertEquals("protocol P", p.label());
		List<References.Reference> inLib = References.in(SynPlastUi.injector(), lib, p, null);
		assertEquals(List.of(LIB.indexOf("= P") + 2), inLib.stream().map(r -> r.location().offset()).toList());
		assertEquals(5, inLib.get(0).line());
		assertEquals("protocol = P", inLib.get(0).lineText());

		List<References.Reference> inUser = References.in(SynPlastUi.injector(), user, p, null);
		assertEquals(List.of(USER.indexOf("= P") + 2, USER.indexOf("= lib.P") + 2),
				inUser.stream().map(r -> r.location().offset()).toList(), inUser.toString());
		assertEquals("lib.P".length(), inUser.get(1).location().length());

		References.Target fromUse = References.targetAt(SynPlastUi.injector(), user, USER.indexOf("= P") + 2)
				.orElseThrow();
		assertEquals(p, fromUse, "a reference leads to the same target as the declaration");
		References.Target base = References.targetAt(SynPlastUi.injector(), user, USER.indexOf("Base")).orElseThrow();
		assertEquals(1, References.in(SynPlastUi.injector(), user, base, null).size(), "the extends reference");
		assertTrue(References.targetAt(SynPlastUi.injector(), user, USER.indexOf("package")).isEmpty());
	}
}
