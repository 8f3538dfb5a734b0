package id.pengaduan.supervision;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import id.pengaduan.complaint.SurveyElement;
import id.pengaduan.supervision.SatisfactionIndex.Grade;
import id.pengaduan.supervision.SatisfactionIndex.Tally;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionIndexTests {

	@Test
	void theIndexIsTheMeanOfTheNineElementMeansTimesTwentyFive() {
		// Ten respondents; element sums give the means 3.40, 3.20, 3.10, 3.90, 3.30,
		// 3.50,
		// 3.60, 3.40, 3.10: total 30.50, IKM 30.50 / 9 = 3.3889, converted 84.72 (B).
		long[] sums = { 34, 32, 31, 39, 33, 35, 36, 34, 31 };
		Map<SurveyElement, Tally> tallies = new EnumMap<>(SurveyElement.class);
		for (SurveyElement element : SurveyElement.values()) {
			tallies.put(element, new Tally(sums[element.ordinal()], 10));
		}

		SatisfactionIndex index = SatisfactionIndex.of(10, tallies);

		assertThat(index.mean(SurveyElement.U4)).isEqualByComparingTo("3.90");
		assertThat(index.index()).isEqualByComparingTo("84.72");
		assertThat(index.grade()).isEqualTo(Grade.B);
	}

	@Test
	void allFoursAreOneHundredAndAllOnesTwentyFive() {
		assertThat(SatisfactionIndex.of(3, uniform(12, 3)).index()).isEqualByComparingTo("100.00");
		assertThat(SatisfactionIndex.of(3, uniform(12, 3)).grade()).isEqualTo(Grade.A);
		assertThat(SatisfactionIndex.of(3, uniform(3, 3)).index()).isEqualByComparingTo("25.00");
		assertThat(SatisfactionIndex.of(3, uniform(3, 3)).grade()).isEqualTo(Grade.D);
	}

	@Test
	void theGradesFollowThePermenpanRbBounds() {
		assertThat(Grade.of(new BigDecimal("100.00"))).isEqualTo(Grade.A);
		assertThat(Grade.of(new BigDecimal("88.31"))).isEqualTo(Grade.A);
		assertThat(Grade.of(new BigDecimal("88.30"))).isEqualTo(Grade.B);
		assertThat(Grade.of(new BigDecimal("76.61"))).isEqualTo(Grade.B);
		assertThat(Grade.of(new BigDecimal("76.60"))).isEqualTo(Grade.C);
		assertThat(Grade.of(new BigDecimal("65.00"))).isEqualTo(Grade.C);
		assertThat(Grade.of(new BigDecimal("64.99"))).isEqualTo(Grade.D);
		assertThat(Grade.of(new BigDecimal("25.00"))).isEqualTo(Grade.D);
	}

	@Test
	void anIndexOnTheBoundaryIsRoundedToTwoDecimalsBeforeItIsGraded() {
		// Eight means of 3.10 and one of 2.78: 27.58 / 9 x 25 = 76.6111 -> 76.61, B;
		// 27.57 gives 76.5833 -> 76.58, C.
		Map<SurveyElement, Tally> upper = uniform(310, 100);
		upper.put(SurveyElement.U1, new Tally(278, 100));
		Map<SurveyElement, Tally> lower = uniform(310, 100);
		lower.put(SurveyElement.U1, new Tally(277, 100));

		assertThat(SatisfactionIndex.of(100, upper).index()).isEqualByComparingTo("76.61");
		assertThat(SatisfactionIndex.of(100, upper).grade()).isEqualTo(Grade.B);
		assertThat(SatisfactionIndex.of(100, lower).index()).isEqualByComparingTo("76.58");
		assertThat(SatisfactionIndex.of(100, lower).grade()).isEqualTo(Grade.C);
	}

	@Test
	void oldAnswersToU8AloneCountInU8sMeanButGiveNoIndexOnTheirOwn() {
		SatisfactionIndex old = SatisfactionIndex.of(2, Map.of(SurveyElement.U8, new Tally(7, 2)));
		SatisfactionIndex both = old.plus(SatisfactionIndex.of(1, uniform(4, 1)));

		assertThat(old.mean(SurveyElement.U8)).isEqualByComparingTo("3.50");
		assertThat(old.index()).isNull();
		assertThat(old.grade()).isNull();
		// U8 = (7 + 4) / 3, every other element 4: (8 x 4 + 3.6667) / 9 x 25 = 99.07.
		assertThat(both.respondents()).isEqualTo(3);
		assertThat(both.mean(SurveyElement.U8)).isEqualByComparingTo("3.67");
		assertThat(both.index()).isEqualByComparingTo("99.07");
	}

	private static Map<SurveyElement, Tally> uniform(long sum, long answers) {
		Map<SurveyElement, Tally> tallies = new EnumMap<>(SurveyElement.class);
		for (SurveyElement element : SurveyElement.values()) {
			tallies.put(element, new Tally(sum, answers));
		}
		return tallies;
	}

}
