package id.pengaduan.supervision;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		String csv = new Csv().row(List.of("Dinas A, B", "kata \"kunci\"", "dua\nbaris", "biasa")).toString();

		assertThat(csv).isEqualTo("\"Dinas A, B\",\"kata \"\"kunci\"\"\",\"dua\nbaris\",biasa\r\n");
	}

	@Test
	void leavesEmptyCellsForMissingValuesAndWritesNumbersAsTheyAre() {
		assertThat(new Csv().row(Arrays.asList(null, 50L, -3, "")).toString()).isEqualTo(",50,-3,\r\n");
	}

	@Test
	void keepsSpreadsheetsFromRunningTextAsAFormula() {
		assertThat(new Csv().row(List.of("=HYPERLINK(\"x\")", "+1", "@SUM(A1)")).toString())
			.isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'@SUM(A1)\r\n");
	}

}
