package id.spbe.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the instrument files on start-up ({@code spbe.instruments.location}, by default the
 * bundled {@code classpath*:instruments/*.yaml}). Every file is read and validated before any is
 * stored; a broken file fails start-up with {@link InstrumentFileException}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BundledInstrumentLoader implements ApplicationRunner {

	private final InstrumentStore store;
	private final String location;

	BundledInstrumentLoader(InstrumentStore store,
			@Value("${spbe.instruments.location:classpath*:instruments/*.yaml}") String location) {
		this.store = store;
		this.location = location;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Reads every file, then stores them; returns what happened to each, in file order. */
	List<InstrumentStore.Outcome> load() {
		List<InstrumentFileReader.ReadInstrument> read = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Resource resource : resources()) {
			try {
				read.add(InstrumentFileReader.read(resource));
			}
			catch (InstrumentFileException e) {
				problems.addAll(e.getProblems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InstrumentFileException(problems);
		}
		return read.stream().map(store::store).toList();
	}

	private Resource[] resources() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			java.util.Arrays.sort(resources, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
			return resources;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list instrument files at " + location, e);
		}
	}
}
