package id.pengaduan.sla;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA policies under {@code pengaduan.sla} (docs/sla.md says how to change them).
 *
 * @param days length of each stage: working days, or calendar days for the legal ceilings
 * @param resolutionDaysByCategory resolution in working days per complaint category,
 * overriding {@code days.RESOLUTION}
 * @param reopenedResolutionDays resolution after a reopen or a reassignment
 * @param warningPercent share of a clock after which the assignee is warned
 * @param warningPercentByStage the same per stage, overriding {@code warningPercent}
 * @param secondLevelDays working days after a breach until the regional secretary takes
 * over
 * @param holidays the holiday file that seeds the calendar table on first start (SKB 3
 * Menteri)
 * @param defaultZone time zone for regions that name none
 * @param officeHoursEnd local time after which a complaint counts as received on the next
 * working day
 * @param officeHoursStart local time the office opens; warnings fall inside office hours
 */
@ConfigurationProperties("pengaduan.sla")
public record SlaProperties(Map<SlaStage, Integer> days, Map<String, Integer> resolutionDaysByCategory,
		@DefaultValue("5") int reopenedResolutionDays, @DefaultValue("80") int warningPercent,
		Map<SlaStage, Integer> warningPercentByStage, @DefaultValue("3") int secondLevelDays,
		@DefaultValue("classpath:calendar/holidays.csv") String holidays,
		@DefaultValue("Asia/Jakarta") String defaultZone, @DefaultValue("16:00") String officeHoursEnd,
		@DefaultValue("08:00") String officeHoursStart) {

	public SlaProperties {
		// SP4N-LAPOR!: verify 3 WD, first follow-up 5 WD, close after 10 silent WD. UU
		// 25/2009: 30 days to complete
		// a file (read in the complainant's favour as working days), 14 days to answer,
		// 60 days to decide (calendar
		// days, the stricter reading for the agency). Resolution 14 WD for ordinary
		// complaints (local SOPs, domain.md
		// 9.3 #12); 1 WD to accept or return a disposition, 5 WD for an escalation owner
		// (domain.md 9.3 #9, #17).
		Map<SlaStage, Integer> merged = new EnumMap<>(SlaStage.class);
		merged.putAll(Map.of(SlaStage.VERIFICATION, 3, SlaStage.COMPLETION, 30, SlaStage.ACCEPTANCE, 1,
				SlaStage.FIRST_RESPONSE, 5, SlaStage.RESOLUTION, 14, SlaStage.FEEDBACK, 10, SlaStage.ESCALATION, 5,
				SlaStage.LEGAL_RESPONSE, 14, SlaStage.LEGAL_DECISION, 60));
		if (days != null) {
			merged.putAll(days);
		}
		days = Map.copyOf(merged);
		warningPercentByStage = (warningPercentByStage != null) ? Map.copyOf(warningPercentByStage) : Map.of();
		resolutionDaysByCategory = (resolutionDaysByCategory != null) ? Map.copyOf(resolutionDaysByCategory) : Map.of();
	}

	public int warningPercentFor(SlaStage stage) {
		return this.warningPercentByStage.getOrDefault(stage, this.warningPercent);
	}

	public int daysFor(SlaStage stage) {
		return this.days.get(stage);
	}

	/** Resolution days for a category, the stage default when the category has none. */
	public int resolutionDaysFor(String category) {
		return this.resolutionDaysByCategory.getOrDefault(category, daysFor(SlaStage.RESOLUTION));
	}

}
