package id.pengaduan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven by Debian's chromium-driver (never a downloaded browser). On
 * a developer machine without them browser tests are skipped; in CI ({@code CI=true},
 * where .ci/run installs both) they must run.
 */
public final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium() {
	}

	public static WebDriver start() {
		boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException(
					"CI needs " + BROWSER + " and " + DRIVER + " (apt-get install chromium " + "chromium-driver)");
		}
		Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		// Root on a closed network: no sandbox, no background connections to Google.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=id");
		// Headless, --lang is not what pages see: navigator.languages and Accept-Language
		// come
		// from this preference (the Tasklist picks its language from them).
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/** Writes a screenshot to target/screenshots/NAME.png, for people to look at. */
	public static Path screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
