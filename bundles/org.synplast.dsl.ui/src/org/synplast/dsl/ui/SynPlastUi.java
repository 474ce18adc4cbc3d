package org.synplast.dsl.ui;

import org.synplast.dsl.ide.SynPlastIdeSetup;

import com.google.inject.Injector;

/** The one injector of the SynPlast runtime and IDE services inside the workbench. */
public final class SynPlastUi {

	/** Identifier of this bundle. */
	public static final String PLUGIN_ID = "org.synplast.dsl.ui";
	/** Identifier of the SynPlast editor. */
	public static final String EDITOR_ID = "org.synplast.dsl.ui.editor";
	/** File extension of SynPlast sources. */
	public static final String FILE_EXTENSION = "synplast";

	private static volatile Injector injector;

	private SynPlastUi() {
	}

	/** The injector of {@link SynPlastIdeSetup}, created (and EMF-registered) on first use. */
	public static Injector injector() {
		Injector i = injector;
		if (i == null) {
			synchronized (SynPlastUi.class) {
				i = injector;
				if (i == null) {
					i = new SynPlastIdeSetup().createInjectorAndDoEMFRegistration();
					injector = i;
				}
			}
		}
		return i;
	}
}
