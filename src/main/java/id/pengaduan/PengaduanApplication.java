package id.pengaduan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PengaduanApplication {

	public static void main(String[] args) {
		SpringApplication.run(PengaduanApplication.class, args);
	}

}
