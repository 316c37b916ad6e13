package id.spbe.setup;

import id.spbe.instrument.BundledInstrumentLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Start-up data, in order: instruments, then the first admin (outside demo mode), then demo data
 * (demo mode), then the national data set (profile {@code national}, see NationalDataSet) and the load test's
 * accounts on it. Runs once every bean exists but before the web server starts, so that the first request already
 * finds instruments and accounts; any failure stops start-up. A backup or restore run
 * ({@code spbe.backup}, {@code spbe.restore}) skips them: a backup copies the data as it is, and a
 * restore's data already holds its instruments and accounts.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

	private final BundledInstrumentLoader instruments;
	private final AdminBootstrap admin;
	private final DemoDataSeeder demo;
	private final ObjectProvider<NationalDataSet> national;
	private final ObjectProvider<LoadTestAccounts> loadTest;
	private final boolean maintenance;

	StartupTasks(BundledInstrumentLoader instruments, AdminBootstrap admin, DemoDataSeeder demo,
			ObjectProvider<NationalDataSet> national, ObjectProvider<LoadTestAccounts> loadTest,
			@Value("${spbe.backup:}") String backup, @Value("${spbe.restore:}") String restore) {
		this.maintenance = !backup.isEmpty() || !restore.isEmpty();
		this.instruments = instruments;
		this.admin = admin;
		this.demo = demo;
		this.national = national;
		this.loadTest = loadTest;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (maintenance) {
			return;
		}
		instruments.load();
		admin.run();
		demo.run();
		// profile "national" only: the benchmark's data set
		national.ifAvailable(NationalDataSet::run);
		// on top of it, with spbe.load.*: the load test's accounts (bench/load.sh)
		loadTest.ifAvailable(LoadTestAccounts::run);
	}
}
