package id.pengaduan.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	final WorkingDayCalendar calendar = WorkingDayCalendar.fromCsv(new ClassPathResource("calendar/holidays.csv"));

	@Test
	void skipsTheWeekend() {
		// Thursday 5 Nov 2026 + 3 working days = Tuesday 10 Nov.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 11, 5), 3)).isEqualTo(LocalDate.of(2026, 11, 10));
	}

	@Test
	void skipsANationalHoliday() {
		// Friday 14 Aug 2026 + 1: Monday 17 Aug is Independence Day, so Tuesday 18 Aug.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 8, 14), 1)).isEqualTo(LocalDate.of(2026, 8, 18));
	}

	@Test
	void skipsTheIdulfitriBlockOfHolidaysAndCutiBersama() {
		// 2026: Nyepi cuti 18, Nyepi 19, cuti 20, Idulfitri 21-22 (weekend), cuti 23-24
		// March.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 3, 18))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
		// Verification within 3 WD of a complaint sent on Monday 16 March ends on
		// Thursday 26 March.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 3, 16), 3)).isEqualTo(LocalDate.of(2026, 3, 26));
	}

	@Test
	void crossesTheYearBoundary() {
		// 24 Dec cuti bersama, 25 Dec Christmas, weekend, then 28-31 Dec.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 4)).isEqualTo(LocalDate.of(2026, 12, 31));
		// 25 Dec 2025 Christmas, 26 Dec cuti bersama, weekend; 1 Jan 2026 New Year.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 12, 24), 1)).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 2));
	}

	@Test
	void aDeadlineEndsAtTheEndOfTheLastWorkingDayInTheRegionsZone() {
		// Thursday 19 Nov 2026, 10:00 in Semarang (WIB) is 12:00 in Jayapura (WIT): both
		// within office hours.
		Instant received = ZonedDateTime.of(2026, 11, 19, 10, 0, 0, 0, WIB).toInstant();

		assertThat(this.calendar.workingDaysAfter(received, 3, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 11, 24, 23, 59, 59, 0, WIB).toInstant());
		assertThat(this.calendar.workingDaysAfter(received, 3, WIT))
			.isEqualTo(ZonedDateTime.of(2026, 11, 24, 23, 59, 59, 0, WIT).toInstant());
	}

	@Test
	void aComplaintReceivedAfterOfficeHoursCountsFromTheNextWorkingDay() {
		// Thursday 19 Nov 2026, 15:00 WIB is before 16:00 in Semarang but 17:00, after
		// hours, in Jayapura.
		Instant received = ZonedDateTime.of(2026, 11, 19, 15, 0, 0, 0, WIB).toInstant();

		assertThat(this.calendar.receivedOn(received, WIB)).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(this.calendar.receivedOn(received, WIT)).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(this.calendar.workingDaysAfter(received, 3, WIT))
			.isEqualTo(ZonedDateTime.of(2026, 11, 25, 23, 59, 59, 0, WIT).toInstant());
	}

	@Test
	void aComplaintReceivedOnAHolidayCountsFromTheNextWorkingDay() {
		// Saturday 21 Mar 2026 (Idulfitri): counts as received on Wednesday 25 Mar, after
		// the cuti bersama.
		Instant received = ZonedDateTime.of(2026, 3, 21, 10, 0, 0, 0, WIB).toInstant();

		assertThat(this.calendar.receivedOn(received, WIB)).isEqualTo(LocalDate.of(2026, 3, 25));
		assertThat(this.calendar.workingDaysAfter(received, 3, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 3, 30, 23, 59, 59, 0, WIB).toInstant());
	}

	@Test
	void countsWorkingDaysLeftAndOverdue() {
		Instant monday = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, WIB).toInstant();
		Instant thursday = ZonedDateTime.of(2026, 11, 26, 23, 59, 59, 0, WIB).toInstant();
		Instant previousFriday = ZonedDateTime.of(2026, 11, 20, 23, 59, 59, 0, WIB).toInstant();

		assertThat(this.calendar.workingDaysUntil(monday, thursday, WIB)).isEqualTo(3);
		assertThat(this.calendar.workingDaysUntil(monday, monday, WIB)).isZero();
		assertThat(this.calendar.workingDaysUntil(monday, previousFriday, WIB)).isEqualTo(-1);
	}

	@Test
	void holdsBothYearsOfTheJointDecree() {
		assertThat(this.calendar.holidays()).filteredOn((holiday) -> holiday.date().getYear() == 2026).hasSize(25);
		assertThat(this.calendar.holidays()).filteredOn((holiday) -> holiday.date().getYear() == 2025).isNotEmpty();
	}

}
