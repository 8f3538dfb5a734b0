package id.pengaduan.complaint;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One immutable entry of a complaint's history: who, when, from which state to which, and
 * a note. Entries with {@code from == to} record an event inside a state (an answer
 * posted, a disposition accepted). The evidence that a complaint was examined and
 * answered (UU 25/2009 Pasal 54).
 */
@Entity
@Immutable
@Table(name = "state_change")
public class StateChange {

	@Id
	// A block of 50 ids per round trip, so a transaction's inserts go out together at
	// flush (migration V13, docs/decisions/0016).
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "state_change_seq")
	@SequenceGenerator(name = "state_change_seq", sequenceName = "state_change_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state")
	private ComplaintState from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", nullable = false)
	private ComplaintState to;

	/** A message key describing the step, e.g. {@code history.DISPOSED}. */
	@Column(nullable = false)
	private String event;

	@Column(length = 4000)
	private String note;

	@Column(name = "public_entry", nullable = false)
	private boolean visibleToComplainant;

	protected StateChange() {
	}

	StateChange(Instant at, String actor, ComplaintState from, ComplaintState to, String event, String note,
			boolean visibleToComplainant) {
		this.at = at;
		this.actor = actor;
		this.from = from;
		this.to = to;
		this.event = event;
		this.note = note;
		this.visibleToComplainant = visibleToComplainant;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	public ComplaintState getFrom() {
		return this.from;
	}

	public ComplaintState getTo() {
		return this.to;
	}

	public String getEvent() {
		return this.event;
	}

	public String getNote() {
		return this.note;
	}

	/**
	 * Notes written by the system are message keys (e.g. {@code sla.stage.VERIFICATION}),
	 * not text.
	 */
	public boolean isNoteAMessageKey() {
		return this.note != null && (this.note.startsWith("sla.") || this.note.startsWith("escalation."));
	}

	public boolean isVisibleToComplainant() {
		return this.visibleToComplainant;
	}

}
