export { SignInPage } from './lib/sign-in-page';
export { RegisterPage } from './lib/register-page';
export { ForgotPasswordPage } from './lib/forgot-password-page';
export { ResetPasswordPage } from './lib/reset-password-page';
export { ProfilePage } from './lib/profile-page';
export { AffiliationsPage } from './lib/affiliations-page';
