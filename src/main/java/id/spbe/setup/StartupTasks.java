package id.spbe.setup;

import id.spbe.instrument.BundledInstrumentLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Start-up data, in order: instruments, then the first admin (outside demo mode), then demo data
 * (demo mode), then the national data set (profile {@code national}, see NationalDataSet). Runs
 * once every bean exists but before the web server starts, so that the first request already
 * finds instruments and accounts; any failure stops start-up.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

	private final BundledInstrumentLoader instruments;
	private final AdminBootstrap admin;
	private final DemoDataSeeder demo;
	private final ObjectProvider<NationalDataSet> national;

	StartupTasks(BundledInstrumentLoader instruments, AdminBootstrap admin, DemoDataSeeder demo,
			ObjectProvider<NationalDataSet> national) {
		this.instruments = instruments;
		this.admin = admin;
		this.demo = demo;
		this.national = national;
	}

	@Override
	public void afterSingletonsInstantiated() {
		instruments.load();
		admin.run();
		demo.run();
		// profile "national" only: the benchmark's data set
		national.ifAvailable(NationalDataSet::run);
	}
}
