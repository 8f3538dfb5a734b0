package id.pengaduan.sla;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA lengths in working days, per stage, under {@code pengaduan.sla}. Defaults follow
 * the rules cited on each stage.
 *
 * @param workingDays length per stage
 * @param holidays the holiday file (SKB 3 Menteri)
 * @param defaultZone time zone for regions that name none
 */
@ConfigurationProperties("pengaduan.sla")
public record SlaProperties(Map<SlaStage, Integer> workingDays,
		@DefaultValue("classpath:calendar/holidays.csv") String holidays,
		@DefaultValue("Asia/Jakarta") String defaultZone) {

	public SlaProperties {
		// SP4N-LAPOR!: verify within 3 WD, first follow-up within 5 WD, close after 10
		// silent WD.
		// UU 25/2009: 30 days to complete a file, read in the complainant's favour as
		// working days.
		// Resolution 14 WD for non-supervisory complaints (local SOPs, domain.md 9.3
		// #12); 1 WD to accept or return a
		// disposition and 5 WD for an escalation owner (domain.md 9.3 #9, #17).
		Map<SlaStage, Integer> merged = new java.util.EnumMap<>(Map.of(SlaStage.VERIFICATION, 3, SlaStage.COMPLETION,
				30, SlaStage.ACCEPTANCE, 1, SlaStage.FIRST_RESPONSE, 5, SlaStage.RESOLUTION, 14, SlaStage.FEEDBACK, 10,
				SlaStage.ESCALATION, 5));
		if (workingDays != null) {
			merged.putAll(workingDays);
		}
		workingDays = Map.copyOf(merged);
	}

	public int workingDaysFor(SlaStage stage) {
		return this.workingDays.get(stage);
	}

}
