import { PopupApp } from '../../components/popup/PopupApp';
import { mountPage } from '../../components/shared/mount';

mountPage(<PopupApp />);
