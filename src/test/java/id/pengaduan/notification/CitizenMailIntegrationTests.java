package id.pengaduan.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import id.pengaduan.Citizen;
import id.pengaduan.Staff;
import id.pengaduan.intake.CitizenReplies;
import id.pengaduan.workflow.ComplaintTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each message to the citizen, received by a real SMTP server: the right recipient, the
 * right content, in the language he used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pengaduan.notification.public-url=https://pengaduan.example.go.id")
class CitizenMailIntegrationTests {

	static final int SMTP_PORT = Mailbox.freePort();

	static GreenMail smtp;

	@LocalServerPort
	int port;

	@Autowired
	OutboxSender sender;

	@Autowired
	ComplaintTasks tasks;

	@Autowired
	CitizenReplies replies;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeAll
	static void startMailServer() {
		smtp = Mailbox.start(SMTP_PORT);
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@Test
	void theReceiptCarriesTheAccessCodeOnlyWhenTheCitizenAskedForIt() {
		String asked = address();
		String notAsked = address();
		Citizen.Receipt withCode = Citizen.submit(this.port, withEmail(asked, Map.of("mailAccessCode", true)));
		Citizen.Receipt withoutCode = Citizen.submit(this.port, withEmail(notAsked, Map.of()));

		Mailbox.sendUntil(this.sender,
				() -> Mailbox.to(smtp, asked).size() == 1 && Mailbox.to(smtp, notAsked).size() == 1);

		Mailbox.Mail mail = Mailbox.to(smtp, asked).get(0);
		assertThat(mail.subject()).isEqualTo("Pengaduan " + withCode.trackingNumber() + " telah diterima");
		assertThat(mail.text()).contains("nomor " + withCode.trackingNumber())
			.contains("Kode akses Anda: " + withCode.accessCode())
			.contains("https://pengaduan.example.go.id/lacak")
			.doesNotContain("Wulan");
		assertThat(mail.html()).contains(withCode.accessCode())
			.contains("href=\"https://pengaduan.example.go.id/lacak\"");
		Mailbox.Mail plain = Mailbox.to(smtp, notAsked).get(0);
		assertThat(plain.subject()).isEqualTo("Pengaduan " + withoutCode.trackingNumber() + " telah diterima");
		assertThat(plain.text()).doesNotContain(withoutCode.accessCode()).doesNotContain("Kode akses");
		assertThat(plain.html()).doesNotContain(withoutCode.accessCode());
	}

	@Test
	void aCitizenWhoUsedEnglishIsAnsweredInEnglishUpToTheRequestForMissingInformation() {
		String email = address();
		Map<String, Object> body = Citizen.validComplaint();
		body.putAll(withEmail(email, Map.of()));
		Citizen.Response response = Citizen.post(this.port, "/api/complaints", body, Map.of("Accept-Language", "en"));
		assertThat(response.status()).isEqualTo(201);
		String number = response.json().get("trackingNumber").asText();

		Staff.verify(this.tasks, number, "INCOMPLETE", "Sebutkan nama puskesmas dan jam kejadian.");
		Mailbox.sendUntil(this.sender, () -> Mailbox.to(smtp, email).size() == 2);

		List<Mailbox.Mail> mails = Mailbox.to(smtp, email);
		assertThat(mails).extracting(Mailbox.Mail::subject)
			.containsExactly("Complaint " + number + " received",
					"Complaint " + number + ": please complete the information");
		assertThat(mails.get(0).text()).contains("We have received your complaint with tracking number " + number);
		assertThat(mails.get(1).text()).contains("What is missing:")
			.contains("Sebutkan nama puskesmas dan jam kejadian.")
			.containsPattern("by \\w+ \\d{1,2}, 20\\d\\d");
	}

	@Test
	void anIndonesianCitizenHearsOfTheForwardingEveryPublicAnswerAndTheClosingWithHisRightToTheOmbudsman() {
		String email = address();
		Citizen.Receipt receipt = Citizen.submit(this.port, withEmail(email, Map.of()));

		Staff.answer(this.tasks, receipt.trackingNumber(), "Loket kini buka pukul 07.30 sesuai jadwal.");
		this.replies.giveFeedback(receipt.trackingNumber(), receipt.accessCode(), true, null);
		this.tasks.runContinuations(receipt.trackingNumber());
		Mailbox.sendUntil(this.sender, () -> Mailbox.to(smtp, email).size() == 5);

		List<Mailbox.Mail> mails = Mailbox.to(smtp, email);
		String number = receipt.trackingNumber();
		assertThat(mails).extracting(Mailbox.Mail::subject)
			.containsExactly("Pengaduan " + number + " telah diterima",
					"Pengaduan " + number + " diteruskan ke Dinas Kesehatan", "Tanggapan atas pengaduan " + number,
					"Tanggapan atas pengaduan " + number, "Pengaduan " + number + " selesai");
		assertThat(mails.get(2).text()).contains("Kami sedang memeriksa jadwal loket.");
		assertThat(mails.get(3).text()).contains("Loket kini buka pukul 07.30 sesuai jadwal.");
		assertThat(mails.get(4).text()).contains("survei kepuasan")
			.contains("Ombudsman")
			.contains("https://ombudsman.go.id");
		assertThat(mails.get(4).html()).contains("href=\"https://ombudsman.go.id/pengaduan\"");
		// Every mail is one message to the recipient's mail program, whatever happens to
		// the sender.
		assertThat(mails).extracting(Mailbox.Mail::messageId)
			.doesNotHaveDuplicates()
			.allMatch((id) -> id.endsWith("@pengaduan>"));
	}

	@Test
	void aRejectedComplaintIsArchivedWithItsReason() {
		String email = address();
		Citizen.Receipt receipt = Citizen.submit(this.port, withEmail(email, Map.of()));

		Staff.verify(this.tasks, receipt.trackingNumber(), "REJECTED", "Bukan pengaduan pelayanan publik.");
		Mailbox.sendUntil(this.sender, () -> Mailbox.to(smtp, email).size() == 2);

		Mailbox.Mail archived = Mailbox.to(smtp, email).get(1);
		assertThat(archived.subject())
			.isEqualTo("Pengaduan " + receipt.trackingNumber() + " tidak dapat diproses lebih lanjut");
		assertThat(archived.text()).contains("Alasan:").contains("Bukan pengaduan pelayanan publik.");
	}

	static String address() {
		return "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> withEmail(String email, Map<String, Object> changes) {
		Map<String, Object> body = Citizen.validComplaint();
		Map<String, Object> complainant = new HashMap<>((Map<String, Object>) body.get("complainant"));
		complainant.put("email", email);
		Map<String, Object> result = new HashMap<>(changes);
		result.put("complainant", complainant);
		return result;
	}

}
