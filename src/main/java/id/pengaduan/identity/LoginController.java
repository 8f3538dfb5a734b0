package id.pengaduan.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our login page; the Tasklist and Cockpit send unauthenticated users here too. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
