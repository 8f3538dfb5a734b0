package id.pengaduan.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pengaduan.Citizen;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist filters the application makes at start: one of each, in Indonesian, each
 * seen by the groups it is for, sorted by due date, and finding what its name promises.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistFiltersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TasklistFilters tasklistFilters;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService taskService;

	@Autowired
	ComplaintTasks tasks;

	@Test
	void eachUserSeesTheFiltersOfHisRolesInIndonesian() {
		assertThat(filterNames("dinkes.penghubung"))
			.contains("Tugas saya", "Lewat tenggat", "Mendekati tenggat", "Antrean Dinas Kesehatan")
			.doesNotContain("Antrean Dinas Pendidikan", "Antrean unit pengaduan", "Eskalasi");
		assertThat(filterNames("dinkes.kepala")).contains("Antrean Dinas Kesehatan", "Eskalasi");
		assertThat(filterNames("verifikator")).contains("Tugas saya", "Antrean unit pengaduan", "Eskalasi")
			.doesNotContain("Antrean Dinas Kesehatan");
		assertThat(filterNames("sekda")).contains("Eskalasi").doesNotContain("Antrean Dinas Kesehatan");
	}

	@Test
	void aFilterShowsTheTrackingNumberAndLabelsAndSortsByDueDate() {
		Filter queue = filter("queue:dinkes");

		assertThat(queue.getName()).isEqualTo("Antrean Dinas Kesehatan");
		assertThat(queue.getProperties()).containsEntry("refresh", true);
		List<String> labels = ((List<?>) queue.getProperties().get("variables")).stream()
			.map((column) -> String.valueOf(((Map<?, ?>) column).get("label")))
			.toList();
		assertThat(labels).containsExactly("Nomor pengaduan", "Kategori", "Wilayah", "SKPD");
		JsonNode query = Citizen.get(this.port, "/engine-rest/filter/" + queue.getId(), auth("dinkes.penghubung"))
			.json()
			.get("query");
		assertThat(query.get("sorting").get(0).get("sortBy").asText()).isEqualTo("dueDate");
		assertThat(query.get("sorting").get(0).get("sortOrder").asText()).isEqualTo("asc");
	}

	@Test
	void startingAgainMakesNoSecondFilterAndRestoresAChangedOne() {
		long before = this.filters.createTaskFilterQuery().count();
		Filter mine = filter("mine");
		mine.setName("Diubah dengan tangan");
		this.filters.saveFilter(mine);

		this.tasklistFilters.ensureAll();
		this.tasklistFilters.ensureAll();

		assertThat(this.filters.createTaskFilterQuery().count()).isEqualTo(before);
		assertThat(this.filters.getFilter(mine.getId()).getName()).isEqualTo("Tugas saya");
		assertThat(this.tasklistFilters.definitions()).as("filters an unchanged definition would write again")
			.filteredOn(this.tasklistFilters::ensure)
			.isEmpty();
	}

	@Test
	void theDeadlineFiltersFindTasksByTheirStageClock() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		Task verify = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(receipt.trackingNumber())
			.singleResult();
		assertThat(verify.getName()).startsWith("Verifikasi pengaduan " + receipt.trackingNumber() + " · ");
		assertThat(verify.getDueDate()).isNotNull();
		assertThat(verify.getFollowUpDate()).isBefore(verify.getDueDate());

		Instant beforeWarning = verify.getFollowUpDate().toInstant().minus(Duration.ofMinutes(1));
		Instant afterWarning = verify.getFollowUpDate().toInstant().plus(Duration.ofMinutes(1));
		Instant afterDue = verify.getDueDate().toInstant().plus(Duration.ofMinutes(1));

		assertThat(found("nearDue", receipt, beforeWarning)).isFalse();
		assertThat(found("nearDue", receipt, afterWarning)).isTrue();
		assertThat(found("overdue", receipt, afterWarning)).isFalse();
		assertThat(found("overdue", receipt, afterDue)).isTrue();
		assertThat(found("nearDue", receipt, afterDue)).isFalse();
		assertThat(found("queue:verifikator", receipt, beforeWarning)).isTrue();
		assertThat(found("queue:dinkes", receipt, beforeWarning)).isFalse();
		assertThat(found("escalation", receipt, beforeWarning)).isFalse();
	}

	@Test
	void theQueueListsTheTrackingNumberAndLabelsToTheCandidate() {
		Citizen.Receipt receipt = Citizen.submit(this.port, Map.of("category", "KESEHATAN"));
		String queue = filter("queue:verifikator").getId();

		Citizen.Response listed = Citizen.post(this.port, "/engine-rest/filter/" + queue + "/list",
				Map.of("processInstanceBusinessKey", receipt.trackingNumber()),
				Map.of("Authorization", Citizen.basic("verifikator", "demo"), "Accept", "application/hal+json"));

		assertThat(listed.status()).isEqualTo(200);
		JsonNode variables = listed.json().at("/_embedded/task/0/_embedded/variable");
		Map<String, String> columns = new java.util.HashMap<>();
		variables.forEach((variable) -> columns.put(variable.get("name").asText(), variable.get("value").asText()));
		assertThat(columns).containsEntry(ComplaintVariables.COLUMN_TRACKING_NUMBER, receipt.trackingNumber())
			.containsEntry(ComplaintVariables.COLUMN_CATEGORY, "Kesehatan (puskesmas, dinas kesehatan)")
			.containsKey(ComplaintVariables.COLUMN_REGION);
	}

	private boolean found(String key, Citizen.Receipt receipt, Instant at) {
		String id = filter(key).getId();
		return this.tasks.call(at,
				() -> !this.filters
					.list(id, this.taskService.createTaskQuery().processInstanceBusinessKey(receipt.trackingNumber()))
					.isEmpty());
	}

	private Filter filter(String key) {
		List<Filter> found = this.filters.createTaskFilterQuery()
			.list()
			.stream()
			.filter((filter) -> key.equals(filter.getProperties().get(TasklistFilters.KEY)))
			.toList();
		assertThat(found).as("filters with key %s", key).hasSize(1);
		return found.get(0);
	}

	private List<String> filterNames(String user) {
		Citizen.Response response = Citizen.get(this.port, "/engine-rest/filter?resourceType=Task", auth(user));
		assertThat(response.status()).isEqualTo(200);
		return java.util.stream.StreamSupport.stream(response.json().spliterator(), false)
			.map((filter) -> filter.get("name").asText())
			.toList();
	}

	private static Map<String, String> auth(String user) {
		return Map.of("Authorization", Citizen.basic(user, "demo"));
	}

}
