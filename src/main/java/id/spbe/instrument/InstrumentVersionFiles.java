package id.spbe.instrument;

import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instrument versions as files, for the pages and the API: any version exported to the bundled
 * YAML format or a workbook, and a file imported as a new draft. An import is checked whole
 * (size, encoding, aliases, numbers, rules, code and version not stored yet) before
 * {@link InstrumentVersions#storeImported} stores anything. Administrators only.
 */
@Service
@Transactional
class InstrumentVersionFiles {

	private final InstrumentVersions versions;
	private final InstrumentRepository instruments;
	/** The largest file read (spbe.instruments.max-file-size). */
	private final long maxDocumentBytes;

	InstrumentVersionFiles(InstrumentVersions versions, InstrumentRepository instruments, InstrumentFileLimits limits) {
		this.versions = versions;
		this.instruments = instruments;
		this.maxDocumentBytes = limits.maxBytes();
	}

	/** The version in the bundled YAML format. */
	@Transactional(readOnly = true)
	String exportYaml(UserDetails user, String code, int version) {
		return InstrumentDocuments.toYaml(versions.tree(user, code, version));
	}

	/** The version as a workbook, one sheet per part (see {@link InstrumentWorkbook}). */
	@Transactional(readOnly = true)
	byte[] exportXlsx(UserDetails user, String code, int version) {
		return InstrumentWorkbook.write(versions.tree(user, code, version));
	}

	/**
	 * A new draft from a YAML file under the file's code and version.
	 *
	 * @throws InstrumentImportException nothing stored: every problem, by line where there is one
	 */
	InstrumentVersions.VersionKey importYaml(UserDetails user, byte[] file) {
		InstrumentAdmin.require(user);
		return importTree(user, InstrumentYaml.read(file, maxDocumentBytes), "YAML");
	}

	/**
	 * A new draft from a workbook in the layout of {@link #exportXlsx}.
	 *
	 * @throws InstrumentImportException nothing stored: every problem, by sheet, row and column
	 */
	InstrumentVersions.VersionKey importXlsx(UserDetails user, byte[] file) {
		InstrumentAdmin.require(user);
		return importTree(user, InstrumentWorkbook.read(file, maxDocumentBytes), "Excel");
	}

	private InstrumentVersions.VersionKey importTree(UserDetails user, InstrumentDefinition read, String format) {
		try {
			// before any arithmetic: a weight such as 1e10000000 once kept the validator busy for minutes
			InstrumentApiLocks.bounded(read);
		}
		catch (RuleViolationException e) {
			throw new InstrumentImportException(ImportProblem.atLine(null, "form.error.numberTooLong", "…",
					Numbers.MAX_LENGTH));
		}
		InstrumentDefinition tree = InstrumentVersionTrees.withIdentity(read, read.code(), read.version(), InstrumentStatus.DRAFT);
		List<ImportProblem> problems = InstrumentYaml.problems(tree);
		if (!problems.isEmpty()) {
			throw new InstrumentImportException(problems);
		}
		if (instruments.findByCodeAndVersion(tree.code(), tree.version()).isPresent()) {
			throw new InstrumentImportException(ImportProblem.atLine(null, "instrument.error.exists", tree.code(), tree.version()));
		}
		return versions.storeImported(user, tree, format);
	}
}
