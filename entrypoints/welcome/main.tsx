import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { mountPage } from '../../components/shared/mount';

mountPage(<WelcomeApp />);
