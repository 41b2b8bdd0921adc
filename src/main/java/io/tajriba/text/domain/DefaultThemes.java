package io.tajriba.text.domain;

import java.util.List;
import java.util.Map;

import static io.tajriba.text.domain.TextLanguage.AR;
import static io.tajriba.text.domain.TextLanguage.EN;
import static io.tajriba.text.domain.TextLanguage.FA;
import static io.tajriba.text.domain.TextLanguage.HE;

/** The taxonomy a new workspace starts with: the themes retail and service feedback is mostly about. */
public final class DefaultThemes {

	private DefaultThemes() {
	}

	public static List<Theme> themes() {
		return List.of(
				theme("delivery", List.of("deliver*", "shipping", "shipment", "courier", "arrived", "arrive*", "parcel",
						"package", "dispatch*"),
						List.of("ارسال*", "تحویل*", "پیک*", "رسید", "نرسید", "بسته", "سفارشم", "دیر رسید"),
						List.of("توصيل*", "شحن*", "مندوب*", "وصل*", "طلبي", "الطلب", "وصول"),
						List.of("משלוח*", "הגיע*", "שליח*", "הזמנה*", "אספקה")),
				theme("price", List.of("price*", "expensive", "cheap*", "cost*", "overpriced", "value", "afford*",
						"discount*", "money"),
						List.of("قیمت*", "گران*", "گرون*", "ارزان*", "ارزون*", "تخفیف*", "هزینه*", "پول*"),
						List.of("سعر*", "اسعار*", "أسعار*", "غالي*", "غاليه", "رخيص*", "خصم*", "تكلفه*", "فلوس"),
						List.of("מחיר*", "יקר*", "זול*", "הנחה*", "עלות*", "כסף")),
				theme("staff", List.of("staff", "employee*", "waiter*", "cashier*", "agent*", "rude", "polite",
						"friendly", "helpful", "service"),
						List.of("پرسنل*", "کارمند*", "کارکنان", "فروشنده*", "برخورد*", "رفتار*", "مودب*", "پشتیبان*"),
						List.of("موظف*", "الموظفين", "عامل*", "طاقم", "تعامل", "معامله", "خدمه", "الخدمه"),
						List.of("צוות*", "עובד*", "מוכר*", "נציג*", "שירות*", "אדיב*", "גס רוח")),
				theme("app", List.of("app", "apps", "application", "website", "site", "login", "crash*", "bug*",
						"update*", "online"),
						List.of("اپ", "اپلیکیشن*", "برنامه*", "سایت*", "نرم افزار*", "اپلیکیشن", "آپدیت*"),
						List.of("تطبيق*", "برنامج*", "موقع*", "الابلكيشن", "ابليكيشن", "تحديث*"),
						List.of("אפליקציה*", "אתר*", "אפליקציית", "עדכון*", "התחברות")),
				theme("waiting_time", List.of("wait*", "queue*", "slow*", "delay*", "late", "hours", "forever",
						"waiting time"),
						List.of("معطل*", "انتظار*", "صف", "دیر", "تاخیر*", "تأخیر*", "طول کشید", "کند"),
						List.of("انتظار*", "تاخير*", "تأخير*", "طابور", "بطيء*", "متاخر*", "متأخر*", "ساعه*"),
						List.of("המתנה*", "חיכיתי", "חיכינו", "תור", "איטי*", "איחור*", "איחר*", "מאחר*", "עיכוב*")),
				theme("quality", List.of("quality", "fresh*", "broken", "defect*", "damaged", "taste*", "tasty",
						"durable"),
						List.of("کیفیت*", "تازه*", "خراب*", "طعم*", "خوشمزه*", "سرد", "اصل", "تقلبی*"),
						List.of("جوده*", "جودة*", "طازج*", "خربان*", "طعم*", "لذيذ*", "مكسور*", "تالف*"),
						List.of("איכות*", "טרי*", "שבור*", "פגום*", "טעים*", "טעם*")),
				theme("payment", List.of("payment*", "pay", "paid", "card", "refund*", "invoice*", "charge*",
						"checkout", "billing"),
						List.of("پرداخت*", "کارت*", "درگاه*", "فاکتور*", "مرجوع*", "بازگشت وجه", "کیف پول"),
						List.of("دفع*", "الدفع", "بطاقه*", "فاتوره*", "استرجاع*", "استرداد*", "مدفوع*"),
						List.of("תשלום*", "שילמתי", "כרטיס*", "חשבונית*", "החזר*", "חיוב*")),
				theme("support", List.of("support", "customer service", "call*", "phone", "email*", "chat",
						"complain*", "response", "answer*"),
						List.of("پشتیبانی*", "تماس*", "تلفن*", "جواب*", "پاسخ*", "شکایت*"),
						List.of("دعم*", "خدمه العملاء", "اتصال*", "اتصلت", "هاتف*", "رد*", "شکوی*", "شكوى*"),
						List.of("תמיכה*", "שירות לקוחות", "טלפון*", "מענה*", "תלונה*", "צ'אט")),
				theme("cleanliness", List.of("clean*", "dirty", "hygiene", "smell*", "mess*"),
						List.of("تمیز*", "کثیف*", "بهداشت*", "بو"),
						List.of("نظاف*", "نظيف*", "وسخ*", "قذر*", "ريحه*", "رائحه*"),
						List.of("נקי*", "ניקיון*", "מלוכלך*", "ריח*", "היגיינה")),
				theme("product_range", List.of("stock", "available", "availability", "selection", "variety",
						"range", "size*", "out of"),
						List.of("موجود*", "موجودی*", "تنوع*", "سایز*", "ناموجود*"),
						List.of("متوفر*", "توفر*", "تنوع*", "تشكيله*", "مقاس*", "خيارات"),
						List.of("מלאי*", "מבחר*", "זמין*", "מידה*", "מגוון*")));
	}

	private static Theme theme(String key, List<String> en, List<String> fa, List<String> ar, List<String> he) {
		return new Theme(key, Map.of(EN, en, FA, fa, AR, ar, HE, he));
	}
}
