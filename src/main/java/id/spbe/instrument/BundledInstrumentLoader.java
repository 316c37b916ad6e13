package id.spbe.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the instrument files ({@code spbe.instruments.location}, by default the bundled
 * {@code classpath*:instruments/*.yaml}); called once at start-up, before the server accepts
 * requests. Every file is read and validated before any is stored; a broken file fails start-up
 * with {@link InstrumentFileException}.
 */
@Component
public class BundledInstrumentLoader {

	private final InstrumentStore store;
	private final String location;

	BundledInstrumentLoader(InstrumentStore store,
			@Value("${spbe.instruments.location:classpath*:instruments/*.yaml}") String location) {
		this.store = store;
		this.location = location;
	}

	/**
	 * Reads every file, then stores the new ones; a second call changes nothing.
	 *
	 * @throws InstrumentFileException listing every problem of every broken file
	 */
	public void load() {
		loadFiles();
	}

	List<InstrumentStore.Outcome> loadFiles() {
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
