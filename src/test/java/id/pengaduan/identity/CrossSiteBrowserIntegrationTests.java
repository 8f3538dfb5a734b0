package id.pengaduan.identity;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.sun.net.httpserver.HttpServer;
import id.pengaduan.Chromium;
import id.pengaduan.Citizen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in a real browser, logged in with the Tasklist and our staff pages
 * open, visits a page of another origin: {@code localhost} on another port, which is the
 * same site, so even SameSite=Lax cookies go along with its requests. The page posts
 * forms and fetches with credentials at the Tasklist's API, {@code /engine-rest}, our
 * staff forms and both logouts. None of it may act with his session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	HttpServer attacker;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.attacker != null) {
			this.attacker.stop(0);
		}
	}

	@Test
	void aPageOfAnotherOriginCannotActWithTheAdministratorsSession() throws IOException {
		String number = Citizen.submit(this.port, Map.of()).trackingNumber();
		Task task = this.taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
		long deployments = this.repositoryService.createDeploymentQuery().count();
		// A day no other test uses, so a forged holiday would show.
		LocalDate day = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		this.browser = Chromium.start();

		logInAndOpenTheTasklistAndOurPages();
		String attackPage = serveAttackPage(task.getId(), day);
		this.browser.get(attackPage);
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until((driver) -> "done".equals(driver.getTitle()));

		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
		assertThat(this.repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(this.jdbc.queryForObject("select count(*) from holiday where holiday_date = ?", Integer.class,
				java.sql.Date.valueOf(day)))
			.isZero();
		// Still logged in, in our pages and in the Tasklist.
		this.browser.get(url("/staff/complaints"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/staff/complaints");
		assertThat(
				((JavascriptExecutor) this.browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
						+ "fetch('/camunda/api/admin/auth/user/default').then((r) => done(r.status));"))
			.isEqualTo(200L);
	}

	private void logInAndOpenTheTasklistAndOurPages() {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys("admin");
		this.browser.findElement(By.name("password")).sendKeys("admin");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
		this.browser.get(url("/camunda/app/tasklist/default/"));
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((driver) -> driver.manage().getCookieNamed("XSRF-TOKEN") != null);
		this.browser.get(url("/staff/calendar"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/staff/calendar");
	}

	/**
	 * Forms that submit themselves into hidden frames, and no-cors fetches with
	 * credentials: what any page can send without reading an answer.
	 */
	private String serveAttackPage(String taskId, LocalDate day) throws IOException {
		String target = url("");
		String claim = "/camunda/api/engine/engine/default/task/" + taskId + "/claim";
		String html = """
				<!DOCTYPE html><html><head><title>attack</title></head><body>
				<iframe name="f1"></iframe><iframe name="f2"></iframe><iframe name="f3"></iframe><iframe name="f4"></iframe>
				<form id="claim" target="f1" method="post" enctype="text/plain" action="%1$s%2$s">
				  <input name='{"userId":"admin","x":"' value='"}'></form>
				<form id="holiday" target="f2" method="post" action="%1$s/staff/calendar">
				  <input name="date" value="%3$s"><input name="kind" value="NATIONAL"><input name="name" value="Libur palsu"></form>
				<form id="tasklistLogout" target="f3" method="post" action="%1$s/camunda/api/admin/auth/user/default/logout"></form>
				<form id="logout" target="f4" method="post" action="%1$s/logout"></form>
				<script>
				// A request that waits (a 401 with a Basic challenge may hold it) is not waited for.
				const send = (path, body) => Promise.race([
				  fetch('%1$s' + path, { method: 'POST', mode: 'no-cors', credentials: 'include', body: body })
				    .catch(() => null),
				  new Promise((resolve) => setTimeout(resolve, 3000))]);
				const bpmn = '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'
				    + ' targetNamespace="x"><process id="forged" isExecutable="true"><startEvent id="s"/></process></definitions>';
				const deployment = new FormData();
				deployment.append('deployment-name', 'forged');
				deployment.append('data', new Blob([bpmn], { type: 'text/xml' }), 'forged.bpmn');
				for (const id of ['claim', 'holiday']) { document.getElementById(id).submit(); }
				Promise.all([
				  send('/engine-rest/task/%4$s/claim', '{"userId":"admin"}'),
				  send('/engine-rest/deployment/create', deployment),
				  send('%2$s', '{"userId":"admin"}')
				]).then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
				  .then(() => {
				    document.getElementById('tasklistLogout').submit();
				    return new Promise((resolve) => setTimeout(resolve, 500));
				  })
				  .then(() => {
				    document.getElementById('logout').submit();
				    return new Promise((resolve) => setTimeout(resolve, 1000));
				  })
				  .then(() => { document.title = 'done'; });
				</script></body></html>
				"""
			.formatted(target, claim, day, taskId);
		this.attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.attacker.createContext("/", (exchange) -> {
			byte[] body = html.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.attacker.start();
		return "http://localhost:" + this.attacker.getAddress().getPort() + "/";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
