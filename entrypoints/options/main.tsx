import { OptionsApp } from '../../components/options/OptionsApp';
import { mountPage } from '../../components/shared/mount';

mountPage(<OptionsApp />);
