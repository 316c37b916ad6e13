package id.spbe.instrument;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Name of one whole level on a scale, e.g. 3 = Terdefinisi / Defined. */
@Entity
@Table(name = "scale_level")
class ScaleLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "scale_id")
	private InstrumentScale scale;
	private int level;
	private String nameId;
	private String nameEn;

	protected ScaleLevel() {
	}

	ScaleLevel(InstrumentScale scale, int level, Text name) {
		this.scale = scale;
		this.level = level;
		this.nameId = name.id();
		this.nameEn = name.en();
	}

	int level() {
		return level;
	}

	Text name() {
		return new Text(nameId, nameEn);
	}
}
