package id.pengaduan.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTests {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	static final ZoneId WITA = ZoneId.of("Asia/Makassar");

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

	@Test
	void aComplaintAtExactlySixteenHundredCountsFromTheNextWorkingDay() {
		// Thursday 19 Nov 2026: 15:59:59 is still today, 16:00:00 is after hours.
		Instant justBefore = ZonedDateTime.of(2026, 11, 19, 15, 59, 59, 0, WIB).toInstant();
		Instant atClosing = ZonedDateTime.of(2026, 11, 19, 16, 0, 0, 0, WIB).toInstant();

		assertThat(this.calendar.receivedOn(justBefore, WIB)).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(this.calendar.receivedOn(atClosing, WIB)).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(this.calendar.workingDaysAfter(atClosing, 3, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 11, 25, 23, 59, 59, 0, WIB).toInstant());
	}

	@Test
	void aComplaintInMakassarCountsInWitaOfficeHours() {
		// Thursday 19 Nov 2026, 15:30 WIB is 16:30 WITA: after hours in Makassar, so day
		// 1
		// is Monday 23 Nov and the deadline the end of Tuesday 24 Nov in WITA.
		Instant received = ZonedDateTime.of(2026, 11, 19, 15, 30, 0, 0, WIB).toInstant();

		assertThat(this.calendar.receivedOn(received, WITA)).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(this.calendar.workingDaysAfter(received, 2, WITA))
			.isEqualTo(ZonedDateTime.of(2026, 11, 24, 23, 59, 59, 0, WITA).toInstant());
		// Its warning at 50 % falls in WITA office hours: Friday, Monday and Tuesday
		// 08-16 WITA are 24 hours; 12 hours in is Monday 12:00 WITA.
		Instant due = this.calendar.workingDaysAfter(received, 2, WITA);
		assertThat(this.calendar.shareOfOfficeHours(received, due, 50, WITA))
			.isEqualTo(ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, WITA).toInstant());
	}

	@Test
	void aWarningNeverFallsOnASundayNight() {
		// A one-day acceptance clock from Friday 20 Nov 2026, 16:30 (after hours): due at
		// the end of Tuesday 24 Nov. Half of the wall clock is Sunday night; half of the
		// office hours (Monday and Tuesday 08-16) is Monday 16:00.
		Instant start = ZonedDateTime.of(2026, 11, 20, 16, 30, 0, 0, WIB).toInstant();
		Instant due = this.calendar.workingDaysAfter(start, 1, WIB);
		assertThat(due).isEqualTo(ZonedDateTime.of(2026, 11, 24, 23, 59, 59, 0, WIB).toInstant());

		Instant warn = this.calendar.shareOfOfficeHours(start, due, 50, WIB);

		assertThat(warn).isEqualTo(ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, WIB).toInstant());
		// 80 %: 12.8 of 16 hours, Tuesday 12:48.
		assertThat(this.calendar.shareOfOfficeHours(start, due, 80, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 11, 24, 12, 48, 0, 0, WIB).toInstant());
	}

	@Test
	void theSecondLevelIsThreeWorkingDaysAfterTheEndOfTheDueDay() {
		// Breach at the end of Thursday 26 Nov 2026: Friday, Monday, Tuesday 1 Dec.
		Instant breach = ZonedDateTime.of(2026, 11, 26, 23, 59, 59, 0, WIB).toInstant();

		assertThat(this.calendar.workingDaysAfterDeadline(breach, 3, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 12, 1, 23, 59, 59, 0, WIB).toInstant());
	}

	@Test
	void aPauseAcrossAHolidayKeepsTheWorkingDaysLeft() {
		// Paused on Wednesday 12 Aug 2026 with the end of Friday 14 Aug due: two working
		// days left. Resumed on Friday 14 Aug, 10:00: day 1 would be Monday, but 17 Aug
		// is Independence Day, so Tuesday 18 and Wednesday 19 Aug.
		Instant paused = ZonedDateTime.of(2026, 8, 12, 10, 0, 0, 0, WIB).toInstant();
		Instant due = ZonedDateTime.of(2026, 8, 14, 23, 59, 59, 0, WIB).toInstant();
		int left = this.calendar.workingDaysUntil(paused, due, WIB);
		assertThat(left).isEqualTo(2);

		Instant resumed = ZonedDateTime.of(2026, 8, 14, 10, 0, 0, 0, WIB).toInstant();

		assertThat(this.calendar.workingDaysAfter(resumed, left, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 8, 19, 23, 59, 59, 0, WIB).toInstant());
	}

	@Test
	void aResumeAfterHoursOrOnAWeekendCountsFromTheNextWorkingDay() {
		// Two working days left. Resumed on Friday 4 Dec 2026 at 17:00 or on Saturday 5
		// Dec: day 1 is Tuesday 8 Dec (Monday counts as the day received), due Wednesday
		// 9 Dec.
		Instant fridayEvening = ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, WIB).toInstant();
		Instant saturday = ZonedDateTime.of(2026, 12, 5, 9, 0, 0, 0, WIB).toInstant();
		Instant wednesdayEnd = ZonedDateTime.of(2026, 12, 9, 23, 59, 59, 0, WIB).toInstant();

		assertThat(this.calendar.workingDaysAfter(fridayEvening, 2, WIB)).isEqualTo(wednesdayEnd);
		assertThat(this.calendar.workingDaysAfter(saturday, 2, WIB)).isEqualTo(wednesdayEnd);
		// Within hours on Friday, Friday itself is the day received: due Tuesday.
		assertThat(this.calendar.workingDaysAfter(fridayEvening.minusSeconds(3600 * 2), 2, WIB))
			.isEqualTo(ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, WIB).toInstant());
	}

	@Test
	void aYearWithoutItsDecreeStillKeepsTheFixedDateHolidays() {
		assertThat(this.calendar.hasDecree(2026)).isTrue();
		assertThat(this.calendar.hasDecree(2027)).isFalse();
		// 1 Jan 2027 is a Friday: New Year, so Thursday 31 Dec 2026 + 1 is Monday 4 Jan.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
		for (int year = 2027; year <= 2035; year++) {
			assertThat(this.calendar.isWorkingDay(LocalDate.of(year, 8, 17))).isFalse();
			assertThat(this.calendar.holidays()).filteredOn((holiday) -> holiday.date().getYear() == 2030).hasSize(5);
		}
	}

	@Test
	void aUnitThatWorksSaturdaysCountsThem() {
		WorkingWeek sixDays = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
				LocalTime.of(14, 0), null, null, null, null);
		WorkingDayCalendar frontOffice = new WorkingDayCalendar(this.calendar.holidays(), sixDays, Set.of(2026));

		// Friday 20 Nov 2026 + 1 working day: Saturday 21 Nov at the front office.
		assertThat(frontOffice.addWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 21));
		// It closes at 14:00: a complaint at 14:30 counts from the next working day.
		Instant afternoon = ZonedDateTime.of(2026, 11, 20, 14, 30, 0, 0, WIB).toInstant();
		assertThat(frontOffice.receivedOn(afternoon, WIB)).isEqualTo(LocalDate.of(2026, 11, 21));
	}

	@Test
	void aShorterFridayAndRamadanHoursMoveTheClosingTime() {
		// Friday closes at 11:30; Ramadan (here 18 Feb to 19 Mar 2026) at 15:00.
		WorkingWeek week = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
				LocalTime.of(16, 0), LocalTime.of(11, 30), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19),
				LocalTime.of(15, 0));
		WorkingDayCalendar unit = new WorkingDayCalendar(this.calendar.holidays(), week, Set.of(2026));

		assertThat(unit.receivedOn(ZonedDateTime.of(2026, 11, 20, 12, 0, 0, 0, WIB).toInstant(), WIB))
			.isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(unit.receivedOn(ZonedDateTime.of(2026, 3, 2, 15, 30, 0, 0, WIB).toInstant(), WIB))
			.isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(unit.receivedOn(ZonedDateTime.of(2026, 4, 2, 15, 30, 0, 0, WIB).toInstant(), WIB))
			.isEqualTo(LocalDate.of(2026, 4, 2));
	}

	@Test
	void aRegionalHolidayIsADayOffInThatRegionOnly() {
		// Hari Jadi Kota Semarang, 2 May: a Saturday in 2026, so take Monday 4 May 2026
		// as a regional holiday for the test.
		List<Holiday> semarang = new ArrayList<>(this.calendar.holidays());
		semarang.add(new Holiday(LocalDate.of(2026, 5, 4), Holiday.Kind.REGIONAL, "Hari jadi uji"));
		WorkingDayCalendar region = new WorkingDayCalendar(semarang, WorkingWeek.MONDAY_TO_FRIDAY, Set.of(2026));

		assertThat(region.addWorkingDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 5));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
	}

}
