package id.pengaduan.sla;

/** The clocks of domain.md 9.3; each has a length in {@link SlaProperties}. */
public enum SlaStage {

	VERIFICATION, COMPLETION, ACCEPTANCE, FIRST_RESPONSE, RESOLUTION, FEEDBACK, ESCALATION

}
