package io.tajriba.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.jspecify.annotations.Nullable;

/** RFC 9457 problem details written straight to a response, for answers given outside a controller. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(path));
		return problem;
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		write(request, response, status, detail, null);
	}

	/** A problem that names the field (or parameter) at fault in its {@code field} property. */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail, @Nullable String field) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + quote(status.getReasonPhrase())
				+ ",\"status\":" + status.value() + ",\"detail\":" + quote(detail)
				+ (field == null ? "" : ",\"field\":" + quote(field)) + ",\"instance\":"
				+ quote(request.getRequestURI()) + "}");
	}

	public static boolean isApi(String path) {
		return path != null && (path.startsWith("/api/") || path.equals("/api"));
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
