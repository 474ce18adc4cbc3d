package org.synplast.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.synplast.dsl.scoping.TransitiveImportUriGlobalScopeProvider;
import org.synplast.dsl.conversion.SynPlastValueConverters;
import org.synplast.dsl.parser.NestingLimitedParser;
import org.synplast.dsl.parser.NestingSyntaxErrorMessageProvider;
import org.synplast.dsl.scoping.PackageAwareLocalScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime services of the SynPlast language. Other files are visible through `import "file"`
 * (ImportURI global scope, transitively through imported files); `import a.b.*` shortens qualified names, and elements of
 * the file's own package are visible by simple name.
 */
public class SynPlastRuntimeModule extends AbstractSynPlastRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return TransitiveImportUriGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SynPlastValueConverters.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PackageAwareLocalScopeProvider.class);
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return NestingLimitedParser.class;
	}

	/** Syntax error messages that explain the nesting limit. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return NestingSyntaxErrorMessageProvider.class;
	}
}
