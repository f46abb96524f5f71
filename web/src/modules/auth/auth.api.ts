import type {
  ChangePasswordRequest,
  LoginRequest,
  TokenPair,
  UpdateProfileRequest,
  User,
} from '@crm/contracts';
import { http, session } from '../../api/client';

export const authApi = {
  login: async (credentials: LoginRequest): Promise<TokenPair> => {
    const pair = await http.request<TokenPair>('/auth/login', {
      method: 'POST',
      body: credentials,
      auth: false,
    });
    session.setTokens(pair);
    return pair;
  },

  /** Revokes the refresh token on the server; the local login ends even if that call fails. */
  logout: async (): Promise<void> => {
    const refreshToken = session.getRefreshToken();
    try {
      if (refreshToken) {
        await http.request('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false });
      }
    } finally {
      session.clear('logout');
    }
  },

  me: (signal?: AbortSignal) => http.request<User>('/auth/me', { signal }),

  updateMe: (changes: UpdateProfileRequest) =>
    http.request<User>('/auth/me', { method: 'PATCH', body: changes }),

  changePassword: (body: ChangePasswordRequest) =>
    http.request<void>('/auth/password', { method: 'POST', body }),
};
