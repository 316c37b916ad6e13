package id.spbe.instrument;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A level scale of an instrument, e.g. process capability (Rintisan .. Optimum). */
@Entity
@Table(name = "instrument_scale")
class InstrumentScale {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "instrument_id")
	private Instrument instrument;
	private int position;
	private String code;
	private String nameId;
	private String nameEn;
	@OneToMany(mappedBy = "scale", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("level")
	private List<ScaleLevel> levels = new ArrayList<>();

	protected InstrumentScale() {
	}

	InstrumentScale(Instrument instrument, int position, String code, Text name) {
		this.instrument = instrument;
		this.position = position;
		this.code = code;
		this.nameId = name.id();
		this.nameEn = name.en();
	}

	String code() {
		return code;
	}

	Text name() {
		return new Text(nameId, nameEn);
	}

	List<ScaleLevel> levels() {
		return levels;
	}
}
