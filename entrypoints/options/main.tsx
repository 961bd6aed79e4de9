import { startFirstScreen } from '../../components/options/first-screen';
import { OptionsApp } from '../../components/options/OptionsApp';
import { routeOf } from '../../components/options/shared/route';
import { mountPage } from '../../components/shared/mount';

void startFirstScreen(routeOf(window.location.hash), window.location.hash).then(() => mountPage(<OptionsApp />));
