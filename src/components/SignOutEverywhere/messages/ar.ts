import type { SignOutEverywhereMessages } from './en.js';

/** Arabic strings of SignOutEverywhere (right to left). */
export const signOutEverywhereAr: SignOutEverywhereMessages = {
  'signOutEverywhere.title': 'تسجيل الخروج من كل مكان',
  'signOutEverywhere.intro': 'سجّل الخروج من كل جهاز ومتصفح سجّلت الدخول منه، بما في ذلك هذا الجهاز.',
  'signOutEverywhere.start': 'تسجيل الخروج من كل مكان…',
  'signOutEverywhere.question': 'تسجيل الخروج من كل مكان؟',
  'signOutEverywhere.does': 'ينتهي كل تسجيل دخول إلى حسابك، على جميع أجهزتك وعلى هذا الجهاز. ستحتاج إلى تسجيل الدخول مرة أخرى.',
  'signOutEverywhere.expiry': 'قد تستمر تطبيقات أخرى في قبول تسجيل دخول لديها بالفعل حتى تنتهي صلاحيته، لمدة تصل إلى ساعة.',
  'signOutEverywhere.doesNot': 'لا يعرض هذا الجلسات المفردة ولا ينهيها: لا يمكن سرد الأماكن التي سجّلت الدخول منها.',
  'signOutEverywhere.submit': 'تسجيل الخروج من كل مكان',
  'signOutEverywhere.signingOut': 'جارٍ تسجيل الخروج…',
  'signOutEverywhere.cancel': 'إلغاء',
  'signOutEverywhere.signedOut': 'تم تسجيل خروجك من كل مكان.',
  'signOutEverywhere.failed': (reason) => `ما زلت مسجّل الدخول. ${reason}`,
  'signOutEverywhere.throttled': 'محاولات كثيرة جدًا. انتظر بضع دقائق ثم أعد المحاولة.',
  'signOutEverywhere.network': 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك ثم أعد المحاولة.',
  'signOutEverywhere.unavailable': 'خدمة تسجيل الدخول لا تستجيب. أعد المحاولة بعد بضع دقائق.',
  'signOutEverywhere.sessionExpired': 'انتهت جلستك بالفعل. سجّل الدخول مرة أخرى.',
  'signOutEverywhere.configuration': 'هذه الصفحة غير مُعدّة بشكل صحيح. تواصل مع الدعم.',
  'signOutEverywhere.unknown': (detail) => `حدث خطأ ما (${detail}).`,
};
