package id.spbe.setup;

import id.spbe.instrument.BundledInstrumentLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Start-up data, in order: instruments, then the first admin (outside demo mode), then demo data
 * (demo mode), then the national data set (profile {@code national}, see NationalDataSet) and the load test's accounts on it. Runs
 * once every bean exists but before the web server starts, so that the first request already
 * finds instruments and accounts; any failure stops start-up.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

	private final BundledInstrumentLoader instruments;
	private final AdminBootstrap admin;
	private final DemoDataSeeder demo;
	private final ObjectProvider<NationalDataSet> national;
	private final ObjectProvider<LoadTestAccounts> loadTest;

	StartupTasks(BundledInstrumentLoader instruments, AdminBootstrap admin, DemoDataSeeder demo,
			ObjectProvider<NationalDataSet> national, ObjectProvider<LoadTestAccounts> loadTest) {
		this.instruments = instruments;
		this.admin = admin;
		this.demo = demo;
		this.national = national;
		this.loadTest = loadTest;
	}

	@Override
	public void afterSingletonsInstantiated() {
		instruments.load();
		admin.run();
		demo.run();
		// profile "national" only: the benchmark's data set
		national.ifAvailable(NationalDataSet::run);
		// on top of it, with spbe.load.*: the load test's accounts (bench/load.sh)
		loadTest.ifAvailable(LoadTestAccounts::run);
	}
}
