package org.synplast.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.nodemodel.INode;

/** Value converters: NUMBER literals to doubles (too large numbers become infinite and are reported by validation). */
public class SynPlastValueConverters extends DefaultTerminalConverters {

	/** Converter of the NUMBER terminal. */
	@ValueConverter(rule = "NUMBER")
	public IValueConverter<Double> NUMBER() {
		return new AbstractLexerBasedConverter<Double>() {
			@Override
			public Double toValue(String string, INode node) {
				if (string == null || string.isEmpty()) {
					throw new ValueConverterException("A number is missing", node, null);
				}
				try {
					return Double.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number", node, e);
				}
			}

			@Override
			protected String toEscapedString(Double value) {
				return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue())
						: value.toString();
			}
		};
	}
}
