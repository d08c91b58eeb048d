import type { DeleteAccountMessages } from './en.js';

/** Arabic strings of DeleteAccount (right to left). */
export const deleteAccountAr: DeleteAccountMessages = {
  'deleteAccount.title': 'حذف الحساب',
  'deleteAccount.warning': 'يؤدي ذلك إلى حذف حساب تسجيل الدخول الخاص بك: لن تتمكّن من تسجيل الدخول به بعد الآن، وسيتم تسجيل خروجك. لا يمكن التراجع عن ذلك.',
  'deleteAccount.start': 'حذف الحساب…',
  'deleteAccount.confirmWord': 'حذف',
  'deleteAccount.confirmLabel': (text) => `للتأكيد، اكتب ${text}`,
  'deleteAccount.confirmMismatch': (text) => `اكتب ${text} كما يظهر للتأكيد.`,
  'deleteAccount.submit': 'احذف حسابي',
  'deleteAccount.deleting': 'جارٍ الحذف…',
  'deleteAccount.cancel': 'إلغاء',
  'deleteAccount.deleted': 'تم حذف حسابك.',
  'deleteAccount.failed': (reason) => `لم يُحذف حسابك. ${reason}`,
  'deleteAccount.throttled': 'محاولات كثيرة جدًا. انتظر بضع دقائق ثم أعد المحاولة.',
  'deleteAccount.unconfirmed': 'تعذّر التأكد من حذف حسابك. أعد تحميل الصفحة للتحقق.',
  'deleteAccount.sessionExpired': 'انتهت جلستك. سجّل الدخول مرة أخرى.',
  'deleteAccount.configuration': 'هذه الصفحة غير مُعدّة بشكل صحيح. تواصل مع الدعم.',
  'deleteAccount.unknown': (detail) => `حدث خطأ ما (${detail}).`,
};
