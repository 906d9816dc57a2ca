// The feature's own styles travel in its lazy chunk, after the shell's and the ui library's.
import './lib/auth.css';

export { SignInPage } from './lib/sign-in-page';
export { RegisterPage } from './lib/register-page';
export { ForgotPasswordPage } from './lib/forgot-password-page';
export { ResetPasswordPage } from './lib/reset-password-page';
export { ProfilePage } from './lib/profile-page';
export { AccountSecurityPage } from './lib/account-security-page';
export { AffiliationsPage } from './lib/affiliations-page';
export { PrivacyPage } from './lib/privacy-page';
