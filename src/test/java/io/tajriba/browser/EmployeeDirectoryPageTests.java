package io.tajriba.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tajriba.TajribaTest;
import io.tajriba.TestWorkspaces;
import io.tajriba.TestWorkspaces.Tenant;
import io.tajriba.WebClient;
import io.tajriba.workspaces.AccessAdministration;
import io.tajriba.workspaces.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee directory in English and Persian: a file uploaded from the page is imported, then the table shows
 * each employee's team, department, manager, member and agent, and filters by team; the anonymity rules' page.
 */
@TajribaTest
class EmployeeDirectoryPageTests extends ChromiumTest {

	@Autowired
	AccessAdministration administration;

	@Test
	void theDirectoryInEnglishAndPersian() throws Exception {
		Tenant tenant = tenants.create("کارکنان");
		WebClient owner = WebClient.signedIn(port, tenant.ownerEmail(), tenant.password());
		assertThat(owner.postJson("/api/v1/agents", "{\"key\":\"سارا احمدی\"}").statusCode()).isEqualTo(201);
		String email = "sara." + UUID.randomUUID() + "@example.com";
		UUID sara = administration.ensureUser(email, "سارا احمدی", TestWorkspaces.PASSWORD);
		tenants.addMember(tenant, sara, Role.AGENT);
		Path file = Files.createTempFile("employees", ".csv");
		Files.writeString(file, "id,name,email,team,department,location,manager,user,agent,language,active\n"
				+ "e-1,سارا احمدی,sara@example.com,پشتیبانی تلفنی,خدمات مشتریان,تهران,e-3," + email + ",سارا احمدی,fa,\n"
				+ "e-2,Omid Rahimi,,پشتیبانی تلفنی,,اصفهان,e-3,,,en,false\n"
				+ "e-3,Layla Haddad,layla@example.com,Stores,Retail,Dubai,,,,ar,\n"
				+ "e-4,<b>Noa</b> Levi,,Stores,,Haifa,e-9,,,he,\n"
				+ "e-5,No department,,Night shift,,,,,,,\n", StandardCharsets.UTF_8);
		for (String language : List.of("en", "fa")) {
			try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				Page page = context.newPage();
				signIn(page, tenant, language);
				if (language.equals("en")) {
					page.navigate(url("/employees"));
					assertThat(page.textContent("main")).contains("No employees yet");
					page.setInputFiles("#file", file);
					page.click("#import button[type=submit]");
					page.waitForURL("**/imports/*");
					page.waitForSelector("#import-status.text-bg-success");
					assertThat(page.textContent("#accepted")).isEqualTo("4");
					assertThat(page.textContent("main")).contains("department");
				}
				page.navigate(url("/employees"));
				assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
				assertThat(page.textContent("h1")).isEqualTo(language.equals("fa") ? "فهرست کارکنان" : "Employee directory");
				assertThat(page.locator("#employees tbody tr").count()).isEqualTo(4);
				String row = page.textContent("#employees tbody tr:has-text('sara@example.com')");
				assertThat(row).contains("پشتیبانی تلفنی", "خدمات مشتریان", "تهران", "Layla Haddad", "سارا احمدی");
				assertThat(page.textContent("#employees tbody tr:has-text('Noa')"))
					.contains("<b>Noa</b> Levi", language.equals("fa") ? "e-9 (در فهرست نیست)" : "e-9 (not in the directory)");
				assertThat(page.locator("#employees b").count()).as("names are escaped").isZero();
				assertThat(page.textContent("#teams")).contains("Retail", "خدمات مشتریان");
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("employees-" + language + ".png")));
				page.selectOption("#team", "Stores");
				page.click("form[method=get] button[type=submit]");
				page.waitForURL("**/employees?team=**");
				assertThat(page.locator("#employees tbody tr").count()).isEqualTo(2);
				page.navigate(url("/employees/settings"));
				assertThat(page.inputValue("#anonymityThreshold")).isEqualTo("5");
				if (language.equals("en")) {
					page.fill("#anonymityThreshold", "6");
					page.click("#settings button[type=submit]");
					page.waitForSelector(".alert-success");
					assertThat(page.inputValue("#anonymityThreshold")).isEqualTo("6");
					page.fill("#anonymityThreshold", "5");
					page.fill("#detractorMax", "9");
					page.click("#settings button[type=submit]");
					page.waitForSelector(".alert-danger");
					assertThat(page.textContent(".alert-danger")).contains("detractorMax");
					assertThat(page.inputValue("#anonymityThreshold")).as("nothing of the refused form saved").isEqualTo("6");
					page.fill("#anonymityThreshold", "5");
					page.fill("#detractorMax", "6");
					page.click("#settings button[type=submit]");
					page.waitForSelector(".alert-success");
				}
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(SCREENSHOTS.resolve("employee-settings-" + language + ".png")));
			}
		}
	}
}
