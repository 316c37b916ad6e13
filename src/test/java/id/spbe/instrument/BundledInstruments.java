package id.spbe.instrument;

import org.springframework.core.io.ClassPathResource;

/** The bundled instrument files, read and validated as on start-up. */
public final class BundledInstruments {

	private BundledInstruments() {
	}

	public static InstrumentDefinition spbe2020() {
		return read("instruments/spbe-2020.yaml").definition();
	}

	public static InstrumentDefinition pemdi2026() {
		return read("instruments/pemdi-2026.yaml").definition();
	}

	static InstrumentFileReader.ReadInstrument read(String path) {
		return InstrumentFileReader.read(new ClassPathResource(path));
	}
}
