package id.spbe.instrument;

/** A draft's tree from its document, with the row's code, version and status, which the row owns. */
final class InstrumentVersionTrees {

	private InstrumentVersionTrees() {
	}

	static InstrumentDefinition ofDraft(Instrument instrument) {
		return withIdentity(InstrumentDocuments.fromJson(instrument.document()), instrument.getCode(),
				instrument.getVersion(), instrument.getStatus());
	}

	static InstrumentDefinition withIdentity(InstrumentDefinition d, String code, int version, InstrumentStatus status) {
		return new InstrumentDefinition(code, version, d.name(), d.regulation(), status, d.fractionalValues(), d.scaleMin(),
				d.scaleMax(), d.indexName(), d.sourceNote(), d.scales(), d.bands(), d.domains(), d.aspects());
	}
}
