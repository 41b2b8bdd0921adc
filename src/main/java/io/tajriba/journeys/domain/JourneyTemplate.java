package io.tajriba.journeys.domain;

import java.util.List;

/** The seven stages every new journey map starts from; the types listed are evidence no workspace has to set up. */
final class JourneyTemplate {

	private JourneyTemplate() {
	}

	static JourneyMap map() {
		return new JourneyMap(new LocalizedText("Customer journey", "سفر مشتری", "رحلة العميل", "מסע הלקוח"), List.of(
				stage("awareness", List.of(),
						new LocalizedText("Awareness", "آگاهی", "الوعي", "מודעות"),
						new LocalizedText("Noticed in the right place, with a clear promise.",
								"در جای درست دیده شدن، با وعده‌ای روشن.",
								"أن نُلاحَظ في المكان المناسب بوعد واضح.",
								"להיראות במקום הנכון, עם הבטחה ברורה.")),
				stage("discovery", List.of("visit", "bounce"),
						new LocalizedText("Discovery", "کشف", "الاكتشاف", "גילוי"),
						new LocalizedText("Easy to find, quick to understand.",
								"آسان پیدا شدن، سریع فهمیده شدن.",
								"سهل العثور عليه وسريع الفهم.",
								"קל למצוא, מהיר להבין.")),
				stage("interest", List.of("page_view", "app_session", "store_visit"),
						new LocalizedText("Interest", "علاقه", "الاهتمام", "עניין"),
						new LocalizedText("Inspiring content that answers the first questions.",
								"محتوای الهام‌بخش که به نخستین پرسش‌ها پاسخ می‌دهد.",
								"محتوى ملهم يجيب عن الأسئلة الأولى.",
								"תוכן מעורר השראה שעונה על השאלות הראשונות.")),
				stage("consideration", List.of(),
						new LocalizedText("Consideration", "بررسی و مقایسه", "المقارنة والتقييم", "שקילה"),
						new LocalizedText("Honest comparisons, reviews and help when asked.",
								"مقایسه‌های صادقانه، نظرات مشتریان و کمک هنگام نیاز.",
								"مقارنات صادقة ومراجعات ومساعدة عند الطلب.",
								"השוואות כנות, ביקורות ועזרה כשמבקשים.")),
				stage("action", List.of("conversion", "purchase"),
						new LocalizedText("Action (purchase)", "اقدام (خرید)", "الإجراء (الشراء)", "פעולה (רכישה)"),
						new LocalizedText("A simple, fast and safe purchase on any channel.",
								"خریدی ساده، سریع و امن در هر کانالی.",
								"شراء بسيط وسريع وآمن عبر أي قناة.",
								"רכישה פשוטה, מהירה ובטוחה בכל ערוץ.")),
				stage("use", List.of("support_ticket", "call", "chat", "refund"),
						new LocalizedText("Use", "استفاده", "الاستخدام", "שימוש"),
						new LocalizedText("It works; help is easy to reach and solves it the first time.",
								"محصول کار می‌کند؛ پشتیبانی در دسترس است و مشکل را همان بار اول حل می‌کند.",
								"المنتج يعمل؛ والدعم سهل الوصول ويحل المشكلة من المرة الأولى.",
								"המוצר עובד; קל להגיע לתמיכה והיא פותרת בפעם הראשונה.")),
				stage("advocacy", List.of("review", "share"),
						new LocalizedText("Advocacy", "حمایت و توصیه", "المناصرة والتوصية", "המלצה ושגרירות"),
						new LocalizedText("Surprise and delight that customers want to share.",
								"شگفتی و لذتی که مشتریان می‌خواهند با دیگران در میان بگذارند.",
								"مفاجأة وبهجة يرغب العملاء في مشاركتها.",
								"הפתעה והנאה שלקוחות רוצים לשתף."))));
	}

	private static Stage stage(String key, List<String> types, LocalizedText name, LocalizedText experience) {
		return new Stage(key, name, experience, List.of(), types, List.of(), StageTargets.NONE);
	}
}
