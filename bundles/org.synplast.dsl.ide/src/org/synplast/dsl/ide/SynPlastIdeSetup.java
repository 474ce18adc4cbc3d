/*
 * Setup of the SynPlast IDE services (runtime + IDE module).
 */
package org.synplast.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.synplast.dsl.SynPlastRuntimeModule;
import org.synplast.dsl.SynPlastStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class SynPlastIdeSetup extends SynPlastStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SynPlastRuntimeModule(), new SynPlastIdeModule()));
	}
	
}
