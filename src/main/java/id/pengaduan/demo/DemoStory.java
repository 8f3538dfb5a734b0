package id.pengaduan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pengaduan.complaint.Category;
import id.pengaduan.complaint.Complainant;

/**
 * One demo complaint and the steps it has gone through. All people and events are made
 * up.
 */
record DemoStory(Category category, String region, String location, int daysAgo, String description,
		Complainant complainant, boolean anonymous, boolean confidential, String skpd, List<Step> steps) {

	enum Kind {

		VERIFY, CHOOSE_SKPD, ACCEPT, FIRST_RESPONSE, HANDLE, INVESTIGATE, DRAFT, APPROVE, COMPLETION, FEEDBACK

	}

	record Step(Kind kind, int hoursLater, Map<String, Object> values) {
	}

	/** How far a story goes. */
	enum Stage {

		RECEIVED, AWAITING_COMPLETION, COMPLETED, TRANSFERRED, ARCHIVED, DUPLICATE, DISPOSED, RETURNED, IN_PROGRESS,
		INVESTIGATION, AWAITING_APPROVAL, RESPONDED, RESOLVED, REOPENED, ESCALATED

	}

	static List<DemoStory> all() {
		List<DemoStory> stories = new ArrayList<>();
		stories.add(story(Category.ADMINISTRASI_KEPENDUDUKAN, "kota-semarang", "Kantor Kecamatan Tembalang", 1,
				"KTP-el saya sudah tiga bulan belum jadi padahal sudah rekam data. Setiap datang hanya diminta menunggu.",
				DemoData.person("Budi Santoso", "081234567801"), false, false, "dukcapil", Stage.RECEIVED));
		stories.add(story(Category.KESEHATAN, "kab-semarang", "Puskesmas Ungaran", 2,
				"Antrian di puskesmas sangat panjang dan loket pendaftaran baru buka pukul 09.00, tidak sesuai jadwal.",
				DemoData.person("Siti Aminah", "081234567802"), false, false, "dinkes", Stage.RECEIVED));
		stories.add(story(Category.INFRASTRUKTUR, "kab-kendal", "Jalan provinsi Kendal - Boja km 12", 9,
				"Lubang besar di jalan provinsi sudah dua bulan tidak diperbaiki dan sudah menyebabkan kecelakaan motor.",
				DemoData.person("Agus Wibowo", "081234567803"), false, false, "dpu", Stage.RECEIVED));
		stories.add(story(Category.PENDIDIKAN, "kota-magelang", "SMA Negeri di Kota Magelang", 6,
				"Sekolah meminta sumbangan pembangunan dengan nominal yang ditentukan dan mengancam rapor ditahan.",
				null, true, true, "disdik", Stage.RECEIVED));
		stories.add(story(Category.LAYANAN_RUMAH_SAKIT, "kota-surakarta", "IGD RSUD Dr. Moewardi", 3,
				"Pasien di IGD menunggu lebih dari enam jam tanpa penjelasan dari petugas mengenai ketersediaan kamar.",
				DemoData.person("Dewi Lestari", "081234567805"), false, false, "rsud-moewardi", Stage.RECEIVED));
		stories.add(story(Category.ADMINISTRASI_KEPENDUDUKAN, "kab-klaten", "Disdukcapil Klaten", 4,
				"Akta kelahiran anak saya salah penulisan nama ibu, sudah mengajukan perbaikan tapi belum ada kabar.",
				DemoData.person("Rudi Hartono", "081234567806"), false, false, "dukcapil", Stage.AWAITING_COMPLETION));
		stories.add(story(Category.KESEHATAN, "kab-banyumas", "Puskesmas Sokaraja", 5,
				"Obat untuk penyakit kronis ibu saya sering kosong di puskesmas sehingga harus membeli sendiri.",
				DemoData.person("Yuni Rahmawati", "081234567807"), false, false, "dinkes", Stage.AWAITING_COMPLETION));
		stories.add(story(Category.INFRASTRUKTUR, "kab-magelang", "Jembatan Desa Sawangan", 6,
				"Pagar pengaman jembatan patah dan berbahaya bagi anak sekolah yang melintas setiap pagi.",
				DemoData.person("Joko Susilo", "081234567808"), false, false, "dpu", Stage.COMPLETED));
		stories.add(story(Category.LAINNYA, "kota-semarang", "Kantor Samsat", 7,
				"Pelayanan pajak kendaraan di kantor bersama Samsat lambat karena sistem sering gangguan.",
				DemoData.person("Hendra Gunawan", "081234567809"), false, false, null, Stage.TRANSFERRED));
		stories.add(story(Category.LAINNYA, "kab-sukoharjo", "-", 8,
				"Tolong naikkan gaji guru honorer di seluruh Indonesia dan turunkan harga sembako secepatnya.", null,
				true, false, null, Stage.ARCHIVED));
		stories.add(story(Category.INFRASTRUKTUR, "kab-kendal", "Jalan provinsi Kendal - Boja km 12", 8,
				"Jalan berlubang di ruas Kendal - Boja belum diperbaiki, mohon segera ditangani sebelum musim hujan.",
				DemoData.person("Ahmad Fauzi", "081234567811"), false, false, "dpu", Stage.DUPLICATE));
		stories.add(story(Category.ADMINISTRASI_KEPENDUDUKAN, "kota-semarang", "Mal Pelayanan Publik Semarang", 3,
				"Petugas meminta fotokopi dokumen yang tidak tercantum dalam persyaratan layanan kartu keluarga.",
				DemoData.person("Lina Marlina", "081234567812"), false, false, "dukcapil", Stage.DISPOSED));
		stories.add(story(Category.PENDIDIKAN, "kab-semarang", "SMK Negeri Ambarawa", 4,
				"Pendaftaran siswa baru jalur zonasi tidak transparan, pengumuman tidak memuat jarak rumah pendaftar.",
				DemoData.person("Eko Prasetyo", "081234567813"), false, false, "disdik", Stage.DISPOSED));
		stories.add(story(Category.LAYANAN_RUMAH_SAKIT, "kota-semarang", "Poli Penyakit Dalam RSUD Tugurejo", 5,
				"Jadwal dokter spesialis di poli penyakit dalam sering berubah tanpa pemberitahuan kepada pasien BPJS.",
				DemoData.person("Nur Hidayah", "081234567814"), false, false, "rsud-tugurejo", Stage.RETURNED));
		stories.add(story(Category.KESEHATAN, "kota-magelang", "Dinas Kesehatan", 9,
				"Pengurusan surat keterangan sehat untuk melamar kerja dipungut biaya lebih tinggi dari tarif resmi.",
				DemoData.person("Fajar Nugroho", "081234567815"), false, false, "dinkes", Stage.IN_PROGRESS));
		stories.add(story(Category.INFRASTRUKTUR, "kab-banyumas", "Jalan provinsi Purwokerto - Ajibarang", 12,
				"Lampu penerangan jalan di ruas provinsi padam sepanjang satu kilometer dan rawan kejahatan malam hari.",
				DemoData.person("Wahyu Hidayat", "081234567816"), false, false, "dpu", Stage.IN_PROGRESS));
		stories.add(story(Category.LAYANAN_RUMAH_SAKIT, "kab-sukoharjo", "Farmasi RSUD Dr. Moewardi", 6,
				"Antrian pengambilan obat di farmasi rawat jalan lebih dari tiga jam, kursi tunggu tidak mencukupi.",
				DemoData.person("Ratna Sari", "081234567817"), false, false, "rsud-moewardi", Stage.IN_PROGRESS));
		stories.add(story(Category.PUNGUTAN_LIAR, "kota-surakarta", "Loket Disdukcapil", 10,
				"Oknum petugas meminta uang Rp200.000 agar KTP-el bisa selesai dalam satu hari.",
				DemoData.person("Bayu Aji", "081234567818"), true, true, "dukcapil", Stage.INVESTIGATION));
		stories.add(story(Category.PUNGUTAN_LIAR, "kab-karanganyar", "SMA Negeri Karanganyar", 11,
				"Ada pungutan untuk legalisir ijazah padahal layanan ini seharusnya gratis.",
				DemoData.person("Sri Wahyuni", "081234567819"), false, false, "disdik", Stage.INVESTIGATION));
		stories.add(story(Category.ADMINISTRASI_KEPENDUDUKAN, "kab-magelang", "Disdukcapil Magelang", 8,
				"Permohonan pindah domisili sudah dua minggu belum diproses dan tidak ada informasi status berkas.",
				DemoData.person("Teguh Santoso", "081234567820"), false, false, "dukcapil", Stage.AWAITING_APPROVAL));
		stories.add(story(Category.PENDIDIKAN, "kota-semarang", "Dinas Pendidikan", 9,
				"Tunjangan beasiswa siswa miskin tahun ini belum cair padahal sudah diumumkan sejak awal semester.",
				DemoData.person("Maya Puspita", "081234567821"), false, false, "disdik", Stage.AWAITING_APPROVAL));
		stories.add(story(Category.KESEHATAN, "kab-klaten", "Puskesmas Klaten Tengah", 6,
				"Layanan imunisasi anak dibatalkan mendadak tanpa pengumuman, ibu-ibu sudah datang sejak pagi.",
				DemoData.person("Indah Permata", "081234567822"), false, false, "dinkes", Stage.RESPONDED));
		stories.add(story(Category.INFRASTRUKTUR, "kab-semarang", "Saluran air Jalan Ungaran - Bandungan", 7,
				"Saluran drainase tersumbat sehingga air meluap ke jalan setiap hujan deras.",
				DemoData.person("Andi Saputra", "081234567823"), false, false, "dpu", Stage.RESPONDED));
		stories.add(story(Category.LAYANAN_RUMAH_SAKIT, "kab-kendal", "Rawat inap RSUD Tugurejo", 10,
				"Kamar mandi bangsal rawat inap kelas tiga rusak dan tidak dibersihkan selama tiga hari.",
				DemoData.person("Kartika Dewi", "081234567824"), false, false, "rsud-tugurejo", Stage.RESPONDED));
		stories.add(story(Category.ADMINISTRASI_KEPENDUDUKAN, "kota-semarang", "Disdukcapil", 16,
				"Data NIK anak saya belum terdaftar di kartu keluarga sehingga tidak bisa mendaftar sekolah.",
				DemoData.person("Slamet Riyadi", "081234567825"), false, false, "dukcapil", Stage.RESOLVED));
		stories.add(story(Category.PENDIDIKAN, "kab-banyumas", "SLB Negeri Purwokerto", 18,
				"Guru pendamping khusus di SLB kurang sehingga satu guru menangani terlalu banyak siswa.",
				DemoData.person("Lestari Handayani", "081234567826"), false, false, "disdik", Stage.RESOLVED));
		stories.add(story(Category.KESEHATAN, "kota-surakarta", "Dinas Kesehatan", 20,
				"Ambulans desa tidak bisa dihubungi pada malam hari saat ada warga yang membutuhkan.",
				DemoData.person("Pratiwi Utami", "081234567827"), false, false, "dinkes", Stage.RESOLVED));
		stories.add(story(Category.INFRASTRUKTUR, "kota-magelang", "Trotoar Jalan Pemuda", 15,
				"Perbaikan trotoar dibiarkan setengah jadi dan menghalangi pejalan kaki serta pengguna kursi roda.",
				DemoData.person("Dimas Aditya", "081234567828"), false, false, "dpu", Stage.REOPENED));
		stories.add(story(Category.LAYANAN_RUMAH_SAKIT, "kab-klaten", "Kasir RSUD Dr. Moewardi", 25,
				"Tagihan pasien BPJS memuat biaya tambahan yang tidak dijelaskan dan tidak diberi kuitansi resmi.",
				DemoData.person("Sutrisno", "081234567829"), false, false, "rsud-moewardi", Stage.ESCALATED));
		stories.add(story(Category.LAINNYA, "kab-semarang", "Kantor UPT Samsat", 4,
				"Kotak saran di kantor pelayanan tidak pernah dibuka dan tidak ada tanggapan atas saran warga.", null,
				true, false, "dpu", Stage.RECEIVED));
		return stories;
	}

	private static DemoStory story(Category category, String region, String location, int daysAgo, String description,
			Complainant complainant, boolean anonymous, boolean confidential, String skpd, Stage stage) {
		boolean manualRouting = category == Category.PUNGUTAN_LIAR || category == Category.LAINNYA;
		return new DemoStory(category, region, location, daysAgo, description,
				(complainant != null) ? complainant : Complainant.none(), anonymous, confidential, skpd,
				steps(stage, manualRouting));
	}

	private static List<Step> steps(Stage stage, boolean manualRouting) {
		List<Step> steps = new ArrayList<>();
		switch (stage) {
			case RECEIVED -> {
			}
			case AWAITING_COMPLETION ->
				steps.add(verify("INCOMPLETE", "Mohon lampirkan nomor registrasi permohonan dan tanggal pengajuan."));
			case COMPLETED -> {
				steps.add(verify("INCOMPLETE", "Mohon sebutkan nama desa dan arah jembatan yang dimaksud."));
				steps.add(new Step(Kind.COMPLETION, 20,
						Map.of("information", "Jembatan di Desa Sawangan, sisi timur arah ke pasar.")));
			}
			case TRANSFERRED -> steps.add(verify("NOT_AUTHORITY",
					"Layanan Samsat dikelola bersama Kepolisian; pengaduan diteruskan melalui SP4N-LAPOR!."));
			case ARCHIVED -> steps.add(verify("REJECTED",
					"Bukan pengaduan atas layanan publik pemerintah provinsi; disimpan sebagai aspirasi."));
			case DUPLICATE -> steps.add(verify("DUPLICATE", "Sama dengan pengaduan lain tentang ruas Kendal - Boja."));
			default -> {
				steps.add(verify("VALID", null));
				if (manualRouting) {
					steps.add(new Step(Kind.CHOOSE_SKPD, 2, Map.of()));
				}
				if (stage == Stage.DISPOSED) {
					break;
				}
				if (stage == Stage.RETURNED) {
					steps.add(new Step(Kind.ACCEPT, 20, Map.of("dispositionAccepted", false, "returnReason",
							"Jadwal dokter diatur bersama BPJS Kesehatan; mohon dialihkan ke Dinas Kesehatan.")));
					break;
				}
				steps.add(new Step(Kind.ACCEPT, 20, Map.of("dispositionAccepted", true)));
				steps.add(new Step(Kind.FIRST_RESPONSE, 24, Map.of("firstResponse",
						"Pengaduan Anda sudah kami terima dan sedang kami periksa bersama unit terkait.")));
				if (stage == Stage.IN_PROGRESS) {
					break;
				}
				boolean investigate = stage == Stage.INVESTIGATION;
				steps.add(new Step(Kind.HANDLE, 24,
						Map.of("handlingNote", "Sudah dicek ke lapangan.", "investigationNeeded", investigate)));
				if (investigate) {
					break;
				}
				addAnswer(steps);
				if (stage == Stage.AWAITING_APPROVAL) {
					steps.remove(steps.size() - 1);
					break;
				}
				if (stage == Stage.RESPONDED) {
					break;
				}
				if (stage == Stage.RESOLVED) {
					steps.add(new Step(Kind.FEEDBACK, 30, Map.of("satisfied", true)));
					break;
				}
				int dissatisfactions = (stage == Stage.REOPENED) ? 1 : 3;
				for (int i = 0; i < dissatisfactions; i++) {
					steps.add(new Step(Kind.FEEDBACK, 30, Map.of("satisfied", false, "reason",
							"Belum ada perbaikan nyata di lapangan sampai hari ini.")));
					if (i < dissatisfactions - 1) {
						steps.add(new Step(Kind.HANDLE, 24, Map.of("investigationNeeded", false)));
						addAnswer(steps);
					}
				}
			}
		}
		return steps;
	}

	private static void addAnswer(List<Step> steps) {
		steps.add(new Step(Kind.DRAFT, 20, Map.of("finalAnswer",
				"Terima kasih atas laporan Anda. Petugas telah menindaklanjuti dan perbaikan dijadwalkan minggu ini.")));
		steps.add(new Step(Kind.APPROVE, 6, Map.of("finalResponseApproved", true)));
	}

	private static Step verify(String outcome, String note) {
		return (note != null)
				? new Step(Kind.VERIFY, 5, Map.of("verificationOutcome", outcome, "verificationNote", note))
				: new Step(Kind.VERIFY, 5, Map.of("verificationOutcome", outcome));
	}

}
